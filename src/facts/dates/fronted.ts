/**
 * "In January, a week after the anniversary of the ruling, a bombing at a
 * clinic killed a guard": a time adverbial that opens its sentence is told by
 * the main verb that follows the whole fronted phrase, often more than the
 * usual look-ahead away. Such a mention reads further ahead for its tense.
 */

/** Words a fronted mention may look ahead for its verb (the usual reach is 10). */
export const FRONTED_LOOK_AHEAD_WORDS = 30;
const OPENING_PREPOSITIONS = new Set(['in', 'on', 'by', 'since', 'during', 'until', 'through', 'from', 'after', 'before', 'early', 'late', 'last', 'this']);

/** True when the mention starting at word `first` opens its sentence, after at most one preposition. */
export function opensSentence(words: readonly { text: string }[], first: number): boolean {
  return first === 0 || (first === 1 && OPENING_PREPOSITIONS.has(words[0]!.text));
}
