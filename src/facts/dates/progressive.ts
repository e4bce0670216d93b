/**
 * "the company is calling the bonds for redemption on Dec. 7", "the two
 * leaders are meeting Tuesday": a present progressive with a date in news
 * announces an arrangement, so the date is read as scheduled (the nearer
 * occurrence, leaning ahead), not as the past of the reporting verb.
 */

/** -ing words that are nouns or prepositions, not progressive verbs. */
const NOT_PROGRESSIVE = new Set([
  'thing', 'nothing', 'something', 'anything', 'everything', 'morning', 'evening', 'spring', 'king', 'ring', 'string',
  'ceiling', 'wing', 'during', 'sibling', 'darling', 'pudding', 'ongoing', 'boring', 'interesting', 'willing',
  'missing', 'leading', 'outstanding', 'pending', 'remaining', 'growing', 'rising', 'falling', 'declining', 'going',
]);
const PRESENT_BE = new Set(['is', 'are', 'am', 're']);

/** True when `word` is a progressive -ing form and `auxiliary` (the word before it, adverbs skipped) a present "be". */
export function isPresentProgressive(word: string, auxiliary: string): boolean {
  return word.length >= 5 && word.endsWith('ing') && !NOT_PROGRESSIVE.has(word) && PRESENT_BE.has(auxiliary);
}
