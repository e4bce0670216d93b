/** "the governor" → the one person actor holding that role. */
import type { Actor } from '../../../schema.js';
import { normalizedWords } from '../../text/normalize.js';
import { PERSON_NOUNS, TITLES } from '../lexicon.js';
import type { FocusState, SpeakerGuess } from './types.js';

/** Abbreviated titles as the actors stage records roles ("Gov.") → the noun a description uses. */
const ROLE_ABBREVIATIONS: Record<string, string> = {
  gov: 'governor', sen: 'senator', rep: 'representative', gen: 'general', prof: 'professor', dr: 'doctor',
  cmdr: 'commander', lt: 'lieutenant', col: 'colonel', capt: 'captain', adm: 'admiral', sgt: 'sergeant',
};

function roleWords(role: string): string[] {
  return normalizedWords(role).map((w) => ROLE_ABBREVIATIONS[w.replace(/\.$/, '')] ?? w.replace(/\.$/, ''));
}

/**
 * The one person actor holding the role a two-word definite description names
 * ("the governor", "the former minister"), or null when none or several do.
 */
export function roleHolder(written: string, state: FocusState): SpeakerGuess | null {
  const words = normalizedWords(written);
  if (words.length !== 2 && !(words.length === 3 && words[1] === 'former')) return null;
  const head = words[words.length - 1]!;
  if (!TITLES.has(head) && !PERSON_NOUNS.has(head)) return null;
  let holder: Actor | null = null;
  for (const actor of state.index.actors) {
    if (actor.type !== 'person' || !actor.roles.some((r) => roleWords(r).includes(head))) continue;
    if (holder) return null; // two holders: the description does not say which
    holder = actor;
  }
  return holder ? { name: holder.name, kind: 'name', person: true, plural: false } : null;
}
