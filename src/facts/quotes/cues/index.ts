/**
 * Attribution cues: the speech verb (or "according to") that ties a quote to
 * a speaker. A quote's cue is looked for, in this order (see extractQuotes):
 *
 *   1. after the quote (after.ts): a dash signature ("…” — Doe",
 *      dash-signature.ts), an inverted tag (", said Doe"), then the
 *      subject first ("Doe said", "Doe, a lawyer, said"), then a cue later in
 *      the same sentence ("…” in that law, Doe said.");
 *   2. before the quote (before.ts): a verb that is speech only where it
 *      introduces the quote ("Doe agreed: “…”"), then the nearest cue with a
 *      readable speaker, then the owner of a statement noun before a colon
 *      (statement-owner.ts);
 *   3. with no verb on either side, a colon introducing the quote, in its
 *      sentence or ending the paragraph before (colon-introduction.ts): a
 *      verb anywhere near beats this guess from punctuation.
 *
 * The tag right after a quote is how news writes attribution, so it wins;
 * within each side the cue touching the quote wins over one further away.
 * Each cue's speaker is read by speaker-of-cue.ts.
 */
import { findCueAfter } from './after.js';
import { findCueBefore } from './before.js';

export { findCueAfter } from './after.js';
export { findCueBefore } from './before.js';
export { colonIntroduction } from './colon-introduction.js';
export { matchCueAt } from './match.js';
export type { Attribution, CueMatch, SpeakerSource } from './types.js';

/** hasAdjacentCue: a cue touching the quote on either side (keeps short quotes that are speech). */
export function hasAdjacentCue(text: string, open: number, close: number, radius: number): boolean {
  const after = findCueAfter(text, close + 1, Math.min(text.length, close + 1 + radius), open);
  if (after?.adjacent) return true;
  return findCueBefore(text, Math.max(0, open - radius), open)?.adjacent ?? false;
}
