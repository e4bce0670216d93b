import type { Actor, Quote } from '../../schema.js';
import type { TextDocument } from '../text/document.js';

export interface QuoteContext {
  actors: readonly Actor[];
}

/** Quotes: direct, partial (and indirect) quotations with speaker and cue. */
export function extractQuotes(_doc: TextDocument, _context: QuoteContext): Quote[] {
  return [];
}
