/**
 * Letter case of a word's first character, once for every extractor (ASCII
 * fast path: the regex only runs for other characters).
 */

const UPPER_START = /^\p{Lu}/u;

/** First character is a capital letter (ASCII fast path). */
export function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_START.test(word);
}

const LOWER_START = /^\p{Ll}/u;

/** First character is a lower-case letter (ASCII fast path). */
export function startsLower(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return LOWER_START.test(word);
}

/** A word that starts with a capital letter ("Navy", "Élysée"). */
export const isCapitalized = startsUpper;
