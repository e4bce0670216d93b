/**
 * A day set as a deadline, a payment or an effective date ("extended to Nov.
 * 20", "payable Dec. 7", "of record Nov. 22", "by Feb. 1", "through January",
 * "effective June 1") is a term: the sentence may be in the past ("directors
 * declared a dividend payable Dec. 7"), but the day itself usually lies
 * ahead. A payment, effective or expiry day is read as scheduled (the nearer
 * occurrence, leaning ahead: "a pact effective June 1" told in October is next
 * June's); "until", "through" and "by" with no tense: the coming occurrence
 * when it is close (a term weeks away), else the past one ("sales rose
 * through March", told in October, is this year's March).
 */
import type { TextDocument } from '../text/document.js';
import type { DateCandidate } from './candidate.js';
import type { Tense } from './tense.js';

/**
 * Cues that set a day still to come when it was set: a payment, an effective
 * or expiry date, a postponement. "until", "through" and "by" also close a
 * past span ("sales rose through March"), so they are terms but not forward ones.
 */
const FORWARD_TERM_CUES = String.raw`payable|(?:of\s+)?record|effective|expires?|expiring|due|(?:extended|postponed|delayed|moved|pushed\s+back|adjourned)(?:\s+\w+){0,2}\s+(?:to|until)`;
/** A cue ending right before the mention, an "on" allowed between. */
const cueBefore = (cues: string): RegExp => new RegExp(String.raw`\b(?:${cues})\s+(?:on\s+)?$`, 'i');
const TERM_CUE_BEFORE = cueBefore(`${FORWARD_TERM_CUES}|until|till|through|by`);
const FORWARD_TERM_CUE_BEFORE = cueBefore(FORWARD_TERM_CUES);
const CUE_CHARS = 48;

const textBefore = (doc: TextDocument, c: DateCandidate): string => doc.text.slice(Math.max(0, c.start - CUE_CHARS), c.start);

/** True when the words just before the mention make its day a term. */
export function isTerm(doc: TextDocument, c: DateCandidate): boolean {
  return TERM_CUE_BEFORE.test(textBefore(doc, c));
}

/** "as soon as Tuesday", "as early as Monday": the earliest day something may still happen. */
const EARLIEST_CUE_BEFORE = /\bas\s+(?:soon|early)\s+as\s+$/i;

/** The tense a term is read with: a past sentence no longer decides its year. */
export function termTense(doc: TextDocument, c: DateCandidate, tense: Tense): Tense {
  if (tense !== 'past' && tense !== 'unknown') return tense;
  // "until 5 p.m. EST Nov. 9": a clock time joined to its day is a term as that day is.
  const m = c.meaning.kind === 'clock' ? c.meaning.day : c.meaning;
  if (!m) return tense;
  // A weekday after "as early as" or after a postponement, payment or expiry cue is still ahead when told in the past or with no tense cue (a deed after an infinitive):
  // "officials postponed the hearing until Tuesday", "he could fly as soon as Tuesday, aides said".
  if (m.kind === 'weekday' && m.shift === null) {
    const before = textBefore(doc, c);
    return EARLIEST_CUE_BEFORE.test(before) || FORWARD_TERM_CUE_BEFORE.test(before) ? 'future' : tense;
  }
  if (tense !== 'past' || m.kind !== 'calendar' || m.year !== null || m.month === null) return tense;
  if (!isTerm(doc, c)) return tense;
  // "a pact effective June 1" told in October: the nearer June 1, leaning ahead, as for any plan.
  return FORWARD_TERM_CUE_BEFORE.test(textBefore(doc, c)) ? 'scheduled' : 'unknown';
}
