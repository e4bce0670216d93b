/**
 * English puts the future of a "when"/"if"/"once"/"until" clause in the
 * present: "when the case is heard in May", "once the bridge is reopened in
 * June", "if the bill is signed on Friday". A present passive inside such a
 * clause therefore looks ahead, although outside one it may be a caption's
 * present for the past ("a flag is raised").
 */

/** Conjunctions that open a clause whose present tense means the future. */
const FUTURE_IN_PRESENT_CONJUNCTIONS = new Set(['when', 'if', 'once', 'until', 'unless', 'till', 'before']);
/** How many words of subject may stand between the conjunction and the auxiliary ("when the appeal by the city is heard"). */
const SUBJECT_REACH = 6;
const PUNCTUATION = /^[,;:—–()[\]]$/;

/**
 * True when the auxiliary at `aux` ("is", "are") stands in such a clause:
 * one of the conjunctions comes at most SUBJECT_REACH words before it, with no
 * punctuation between.
 */
export function inFutureInPresentClause(words: readonly { text: string }[], aux: number): boolean {
  for (let j = aux - 1; j >= Math.max(0, aux - 1 - SUBJECT_REACH); j--) {
    const w = words[j]!.text;
    if (PUNCTUATION.test(w)) return false;
    if (FUTURE_IN_PRESENT_CONJUNCTIONS.has(w)) return true;
  }
  return false;
}
