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
  return words.length > 1 && EVENT_HEADS.has(words[words.length - 1]!.lower);
}
