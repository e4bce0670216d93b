/**
 * "a judge ordered the witness to appear on Dec. 3", "the club voted to
 * reopen the pool in June": a date after an infinitive belongs to the
 * infinitive's deed, which has no tense of its own. The past verb before it
 * dates the order or the vote, not the deed, so it does not decide the year
 * or week: the mention is read as having no tense cue (the coming occurrence
 * only when close, else the past one).
 */

/** Words after "to" that do not start an infinitive: determiners, pronouns, prepositions, and nouns that commonly follow "to". */
const NOT_A_VERB = new Set([
  'the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'some', 'any',
  'all', 'each', 'every', 'no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'more',
  'about', 'around', 'nearly', 'almost', 'just', 'only', 'him', 'them', 'us', 'me', 'it', 'you', 'whom', 'what',
  'in', 'on', 'at', 'by', 'for', 'from', 'with', 'over', 'under', 'into', 'date', 'court', 'power', 'office', 'death',
  'prison', 'jail', 'zero', 'percent', 'record', 'market', 'peace', 'school', 'work', 'home', 'town', 'church', 'war',
  'mid', 'early', 'late', 'end', 'have', 'be',
]);

/**
 * Verbs whose infinitive happens when they do ("decided to reopen the case in
 * May", "failed to pay on Friday", "began to sell in March"): right before
 * "to", the past verb still dates the deed.
 */
const SAME_TIME_VERBS = new Set([
  'decided', 'chose', 'opted', 'refused', 'declined', 'tried', 'attempted', 'failed', 'managed', 'began', 'started',
  'continued', 'sought', 'rushed', 'moved', 'went', 'came', 'used', 'helped',
]);

/** Present perfect: "has decided to admit them in March" tells a recent decision about a deed still ahead. */
const PERFECT_AUXILIARIES = new Set(['has', 'have']);

/** True when the past cue at i governs an infinitive's deed as its own time ("decided to ..."), not in the present perfect. */
export function datesItsInfinitive(words: readonly { text: string }[], i: number): boolean {
  return SAME_TIME_VERBS.has(words[i]!.text) && words[i + 1]?.text === 'to' && !PERFECT_AUXILIARIES.has(words[i - 1]?.text ?? '');
}

/**
 * True when the word at i starts an infinitive: "to" comes right before it
 * and it looks like a bare verb (lower case, not a determiner, pronoun,
 * number word or common noun after "to", no plural or -ly/-ing/-ed ending).
 */
export function opensInfinitive(words: readonly { text: string; proper?: boolean }[], i: number): boolean {
  const w = words[i];
  if (!w || i === 0 || words[i - 1]!.text !== 'to' || w.proper) return false;
  return !NOT_A_VERB.has(w.text) && !/(?:s|ly|ing|ed)$/.test(w.text) && /^\p{L}{2,}$/u.test(w.text);
}
