import { CALENDAR_WORDS } from '../lexicons.js';
import type { Token } from '../tokens.js';

/**
 * The last words that make a name an event or a competition ("... Open", "... Cup", "... Grand Prix",
 * "Labor Day"): a tournament is held, won and lost; it does not act. Sports copy names these far
 * more often than the bodies that run them, and a head-noun or tagger guess takes them for clubs.
 */
const EVENT_HEADS: ReadonlySet<string> = new Set([
  'open', 'classic', 'championship', 'championships', 'cup', 'tour', 'games', 'prix', 'stakes', 'trophy',
  'tournament', 'marathon', 'rally', 'series', 'masters', 'olympics', 'final', 'finals', 'day', 'meeting', 'festival',
]);

/** A name of two words or more ending in an event word: "Harbour Open", "Lakeside Classic". One word alone ("Open") is no name. */
export function isEventName(words: readonly Token[]): boolean {
  // "... Open Thursday": a weekday the tagger ran on into the name is not its last word.
  let last = words.length - 1;
  while (last > 1 && CALENDAR_WORDS.has(words[last]!.lower)) last--;
  return last > 0 && EVENT_HEADS.has(words[last]!.lower);
}
