import type { Token } from '../tokens.js';

/** Compass words that make a river bank a territory's name. */
const COMPASS_WORDS: ReadonlySet<string> = new Set(['west', 'east', 'north', 'south', 'left', 'right']);

/**
 * "the West Bank", "settlements on the East Bank": a compass word before "Bank" names the land on a
 * river's side, not a lender; the head-noun rule would read "Bank" as an organization's.
 */
export function isTerritoryName(words: readonly Token[]): boolean {
  const n = words.length;
  return n >= 2 && words[n - 1]!.lower === 'bank' && COMPASS_WORDS.has(words[n - 2]!.lower);
}
