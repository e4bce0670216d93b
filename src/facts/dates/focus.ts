/**
 * The day a clock time belongs to. A time is written without its day ("shortly
 * after 10 p.m."); the day is the one the story is about at that point: the
 * nearest day in the same sentence, else the last one before it in its
 * paragraph or the paragraph before (a lead names the day, the next paragraph
 * gives the time). A day that only dates the telling ("the governor said on
 * Wednesday") is a reporting day: an event day wins over it.
 */
import type { TextDocument } from '../text/document.js';
import { paragraphIndexAt, sentenceIndexAt } from '../text/document.js';
import { type CalendarDay, dayNumber, isDayValue, parseIsoDay } from './calendar.js';
import type { DateCandidate } from './candidate.js';

const NEWS_WEEK_DAYS = 7;
const SPEECH_CUE_CHARS = 60;

/**
 * A speech verb (with an optional listener, "in a statement", or "on") just
 * before the day: "said Wednesday", "said on Wednesday", "told reporters
 * Monday", "announced late Tuesday", "said in a statement on Friday", "said
 * on Twitter on Monday", "according to police on Tuesday".
 */
const SPEECH_CUE_BEFORE = new RegExp(
  '\\b(?:(?:said|says|told\\s+(?:reporters|journalists|\\w+(?:\\s+\\w+)?)|announced|confirmed|added|stated|wrote|tweeted' +
    '|posted|reported|declared|warned|claimed|insisted|noted|denied|acknowledged|admitted)' +
    '(?:\\s+(?:in\\s+an?\\s+(?:statement|interview|briefing|post|speech|email)' +
    '|at\\s+an?\\s+(?:news\\s+conference|briefing|press\\s+conference)' +
    '|on\\s+(?:Twitter|X|Facebook|Telegram|Instagram|social\\s+media|television|state\\s+(?:TV|television|media))))?' +
    '|according\\s+to\\s+\\w+(?:\\s+\\w+){0,2})(?:\\s+on)?\\s+$',
  'i',
);

/** True when the day only dates a statement about the event ("officials said Monday"). */
export function isReportingDay(doc: TextDocument, c: DateCandidate): boolean {
  return SPEECH_CUE_BEFORE.test(doc.text.slice(Math.max(0, c.start - SPEECH_CUE_CHARS), c.start));
}

function isNearReference(dayValue: string, reference: CalendarDay | null): boolean {
  const day = parseIsoDay(dayValue);
  return !reference || !day || Math.abs(dayNumber(day) - dayNumber(reference)) <= NEWS_WEEK_DAYS;
}

/**
 * How many dated neighbours on each side a clock time looks at. Only the
 * nearest days can be its day, and the bound keeps a page of thousands of
 * "5 p.m."s linear instead of comparing every pair.
 */
const NEIGHBOURS_LOOKED_AT = 24;

/** The day value the clock time at `index` takes, or null when no day is in focus. */
export function dayInFocus(
  doc: TextDocument, candidates: DateCandidate[], values: (string | null)[], index: number, reference: CalendarDay | null,
): string | null {
  const clock = candidates[index]!;
  const sentence = doc.sentences[sentenceIndexAt(doc, clock.start)];
  const isDayAt = (i: number) => {
    const v = values[i];
    return v !== null && v !== undefined && isDayValue(v);
  };
  // In its own sentence: the nearest event day, else the nearest reporting day.
  // Candidates are in text order, so the sentence's ones are the neighbours.
  let best: { value: string; distance: number; reporting: boolean } | null = null;
  const consider = (i: number) => {
    const c = candidates[i]!;
    const distance = c.start < clock.start ? clock.start - c.end : c.start - clock.end;
    const reporting = isReportingDay(doc, c);
    const better = !best || (best.reporting && !reporting) || (best.reporting === reporting && distance < best.distance);
    if (better) best = { value: values[i]!, distance, reporting };
  };
  if (sentence) {
    for (let i = index - 1; i >= 0 && index - i <= NEIGHBOURS_LOOKED_AT && candidates[i]!.start >= sentence.start; i--) {
      if (isDayAt(i)) consider(i);
    }
    for (let i = index + 1; i < candidates.length && i - index <= NEIGHBOURS_LOOKED_AT && candidates[i]!.start < sentence.end; i++) {
      if (isDayAt(i)) consider(i);
    }
  }
  if (best) return (best as { value: string }).value;
  // Before it in the paragraph or the one before: the latest event day, else the latest reporting day.
  const paragraph = paragraphIndexAt(doc, clock.start);
  const ownStart = paragraph >= 0 ? doc.paragraphs[paragraph]!.start : 0;
  const focusStart = paragraph > 0 ? doc.paragraphs[paragraph - 1]!.start : 0;
  let reportingDay: string | null = null;
  for (let i = index - 1; i >= 0 && index - i <= NEIGHBOURS_LOOKED_AT && candidates[i]!.start >= focusStart; i--) {
    if (!isDayAt(i)) continue;
    const v = values[i]!;
    // From the paragraph before, only the news of the week: an old date there is background, the time is today's.
    if (candidates[i]!.start < ownStart && !isNearReference(v, reference)) return reportingDay;
    if (!isReportingDay(doc, candidates[i]!)) return v;
    reportingDay ??= v;
  }
  return reportingDay;
}

