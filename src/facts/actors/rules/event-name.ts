import { CALENDAR_WORDS, lowerCased } from '../lexicons.js';
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

/**
 * Last words of a signed document's name ("the Harlow Protocol", "the Dunmore Accord"): a treaty is
 * signed and broken; it does not act (on the training split names ending in these words were all
 * other names, none an organization).
 */
const DOCUMENT_HEADS: ReadonlySet<string> = new Set(['treaty', 'protocol', 'accord', 'accords', 'pact', 'agreement', 'convention']);

/** A name of two words or more ending in an event word: "Harbour Open", "Lakeside Classic". One word alone ("Open") is no name. */
export function isEventName(words: readonly Token[]): boolean {
  // "... Open Thursday": a weekday the tagger ran on into the name is not its last word.
  let last = words.length - 1;
  while (last > 1 && CALENDAR_WORDS.has(words[last]!.lower)) last--;
  return last > 0 && isEventHead(words[last]!.lower);
}

/** An event or document word: the last word of a name that no body carries. */
export function isEventHead(lower: string): boolean {
  return EVENT_HEADS.has(lower) || DOCUMENT_HEADS.has(lower);
}

/**
 * A guessed organization's text that names an event or a document: a name ending in an event word,
 * or such a word alone after "The" ("The Treaty", "the Cup") or a document word alone.
 */
export function isEventText(text: string): boolean {
  const words = text.split(/\s+/u);
  const article = words.length > 1 && lowerCased(words[0]!) === 'the';
  const name = article ? words.slice(1) : words;
  const last = lowerCased(name[name.length - 1]!);
  if (name.length === 1) return article ? isEventHead(last) : DOCUMENT_HEADS.has(last);
  return isEventHead(last);
}
