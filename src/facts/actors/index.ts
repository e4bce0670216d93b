import type { Actor } from '../../schema.js';
import type { TextDocument } from '../text/document.js';

/** Actors: people, organizations, countries acting as states, groups. */
export function extractActors(_doc: TextDocument): Actor[] {
  return [];
}
