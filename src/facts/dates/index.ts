/**
 * Dates: every time expression in the article, normalized to ISO-8601 at its
 * own granularity against the reference day.
 *
 *   parsers (one pattern each) → refiners (merge, drop overlaps, widen with
 *   modifiers) → resolution (tense-aware values; clock times join their day).
 *
 * Values follow TimeML where ISO-8601 has no form: quarters and halves
 * ("1989-Q3", "2024-H1"), seasons ("1998-SU"), decades ("199").
 *
 * Not emitted, by design: durations ("for three years"), frequencies
 * ("weekly"), "now"/"currently", and anything relative when the reference
 * day is unknown.
 */
import type { DateFact } from '../../schema.js';
import type { TextDocument } from '../text/document.js';
import { type CalendarDay, addDays, dayNumber, formatDay, isDayValue, parseIsoDay } from './calendar.js';
import { type ExtractOptions, parseReferenceDate, type ReferenceMoment } from '../../options.js';
import { MONTH_PATTERN, monthNumber } from './lexicon.js';
import type { DateCandidate, DateParser } from './candidate.js';
import { agoParser } from './parsers/ago.js';
import { anaphoricParser } from './parsers/anaphoric.js';
import { clockTimeParser } from './parsers/clock-time.js';
import { noonMidnightParser } from './parsers/noon-midnight.js';
import { hourOfPartOfDayParser } from './parsers/hour-of-part-of-day.js';
import { dayMonthParser } from './parsers/day-month.js';
import { foreignDateParser } from './parsers/foreign-date.js';
import { decadeParser } from './parsers/decade.js';
import { monthDayParser } from './parsers/month-day.js';
import { rangeEndDayParser } from './parsers/range-end-day.js';
import { monthNameParser } from './parsers/month-name.js';
import { monthYearParser } from './parsers/month-year.js';
import { namedDateParser } from './parsers/named-date.js';
import { overnightParser } from './parsers/overnight.js';
import { periodOfTheUnitParser } from './parsers/period-of-the-unit.js';
import { quarterParser } from './parsers/quarter.js';
import { seasonParser } from './parsers/season.js';
import { yearEarlierParser } from './parsers/year-earlier.js';
import { spelledYearParser } from './parsers/spelled-year.js';
import { centuryParser } from './parsers/century.js';
import { currentYearParser } from './parsers/current-year.js';
import { holidayParser } from './parsers/holiday.js';
import { numericDateParser } from './parsers/numeric-date.js';
import { relativeDayParser } from './parsers/relative-day.js';
import { relativeUnitParser } from './parsers/relative-unit.js';
import { weekdayParser } from './parsers/weekday.js';
import { weekendParser } from './parsers/weekend.js';
import { yearParser } from './parsers/year.js';
import { attachDayparts } from './refiners/dayparts.js';
import { dropOverlaps } from './refiners/drop-overlaps.js';
import { mergeWeekdayWithDate } from './refiners/merge-weekday-with-date.js';
import { inheritYear } from './refiners/inherit-year.js';
import { lendRangeYear } from './refiners/range-year.js';
import { joinClockWithDay } from './refiners/clock-with-day.js';
import { joinMonthWithSpelledYear } from './refiners/month-with-spelled-year.js';
import { includePossessive } from './refiners/possessive.js';
import { attachPrefixModifiers } from './refiners/prefix-modifiers.js';
import type { DateRefiner } from './refiners/refiner.js';
import { resolveMeaning, withTime } from './resolve.js';
import { type Tense, TenseReader } from './tense.js';
import type { ResolvedDate, ValueRefiner } from './resolved.js';
import { yearFromDateRuns } from './anchors/date-runs.js';
import { yearFromSameDay } from './anchors/same-day.js';
import { oneDayPerName } from './anchors/one-day-per-name.js';
import { valueFromPreviousDate } from './anchors/previous-date.js';
import { periodFromStoryTime } from './anchors/story-period.js';
import { quarterInFocus } from './anchors/quarter-focus.js';
import { dayInFocus } from './focus.js';
import { termTense } from './deadline.js';
import { withPartOfDay } from './part-of-day.js';



export const DATE_PARSERS: readonly DateParser[] = [
  namedDateParser,
  holidayParser,
  numericDateParser,
  monthDayParser,
  rangeEndDayParser,
  dayMonthParser,
  monthYearParser,
  monthNameParser,
  yearParser,
  spelledYearParser,
  decadeParser,
  centuryParser,
  weekdayParser,
  weekendParser,
  relativeDayParser,
  overnightParser,
  relativeUnitParser,
  currentYearParser,
  periodOfTheUnitParser,
  agoParser,
  anaphoricParser,
  yearEarlierParser,
  quarterParser,
  seasonParser,
  clockTimeParser,
  noonMidnightParser,
  hourOfPartOfDayParser,
  foreignDateParser,
];

export const DATE_REFINERS: readonly DateRefiner[] = [
  mergeWeekdayWithDate,
  dropOverlaps,
  joinMonthWithSpelledYear,
  attachPrefixModifiers,
  attachDayparts,
  includePossessive,
  lendRangeYear,
  inheritYear,
  joinClockWithDay,
];

/** After resolution: years that one sentence's tense cannot decide (lists of dates, a day named twice). */
export const VALUE_REFINERS: readonly ValueRefiner[] = [
  yearFromDateRuns, yearFromSameDay, oneDayPerName, periodFromStoryTime, quarterInFocus, valueFromPreviousDate,
];

/**
 * "an October news conference", "Mr. Lee's March 3 speech": a date used as
 * an adjective names an event; the verb of the sentence tells about something
 * else, so no tense is read for it.
 */
const ATTRIBUTIVE_BEFORE = /(?:\b(?:an?|the|its|their|his|her|our|this|that)|['’]s)\s+$/i;
const ATTRIBUTIVE_AFTER = /^\s+(?!(?:to|in|on|at|of|for|and|or|but|by|from|with|after|before|when|as)\b)[a-z]/;

function isAttributive(doc: TextDocument, c: DateCandidate): boolean {
  const m = c.meaning;
  if (m.kind !== 'calendar' || m.year !== null || m.month === null) return false;
  return ATTRIBUTIVE_BEFORE.test(doc.text.slice(Math.max(0, c.start - 8), c.start)) && ATTRIBUTIVE_AFTER.test(doc.text.slice(c.end, c.end + 16));
}

/** Candidates after parsing and refining, before values (exported for tests). */
export function findDateCandidates(doc: TextDocument): DateCandidate[] {
  let candidates = DATE_PARSERS.flatMap((p) => p.parse(doc)).sort((a, b) => a.start - b.start || b.end - a.end);
  for (const refiner of DATE_REFINERS) candidates = refiner.refine(candidates, doc);
  return candidates;
}

/** Dates: every time expression, normalized to ISO at its own granularity. */
export function extractDates(doc: TextDocument, options: ExtractOptions): DateFact[] {
  return resolveDates(doc, options).facts;
}

/**
 * How many time expressions got no value (relative ones such as "yesterday"
 * or "last week" when no reference is known), so that the caller can say why
 * they are missing instead of dropping them silently.
 */
export function countDatesWithoutValue(doc: TextDocument, options: ExtractOptions): number {
  return resolveDates(doc, options).withoutValue;
}

/** The dates and how many time expressions got no value, from one pass (the facts stage reads both). */
export function resolveDates(doc: TextDocument, options: ExtractOptions): { facts: DateFact[]; withoutValue: number } {
  const moment = options.referenceDate ? parseReferenceDate(options.referenceDate) : null;
  const reference = laterByEmbeds(doc, parseIsoDay(moment?.day ?? null));
  const tenses = new TenseReader(doc);
  const candidates = findDateCandidates(doc);
  let resolved: ResolvedDate[] = candidates.map((c) => {
    const day = c.meaning.kind === 'clock' ? c.meaning.day ?? null : c.meaning;
    const tense = day === null || isAttributive(doc, c) ? 'unknown' : termTense(doc, c, tenses.tenseAt(c.start, c.end));
    // A clock time with its day written beside it is valued as that day here; its time is added below.
    const value = day === null ? null : resolveMeaning(day, reference, tense);
    const yearKnown = c.meaning.kind === 'fixed' || (c.meaning.kind === 'holiday' && c.meaning.year !== null) || (c.meaning.kind === 'calendar' && c.meaning.year !== null);
    return { candidate: c, value, tense, yearKnown };
  });
  for (const refiner of VALUE_REFINERS) resolved = refiner.refine(resolved, doc, reference);
  const values = resolved.map((r) => r.value);
  candidates.forEach((c, i) => {
    if (c.meaning.kind !== 'clock' || c.meaning.day) return;
    const day = dayInFocus(doc, candidates, values, i, reference) ?? clockDay(c.meaning, reference, moment, tenses.tenseAt(c.start, c.end));
    values[i] = day ? withTime(day, c.meaning.hour, c.meaning.minute) : null;
  });
  // After the others: until here a time joined to its day is that day, a day in focus for the times around it.
  candidates.forEach((c, i) => {
    const value = values[i];
    if (c.meaning.kind === 'clock' && c.meaning.day && value && isDayValue(value)) values[i] = withTime(value, c.meaning.hour, c.meaning.minute);
  });
  const facts: DateFact[] = [];
  candidates.forEach((c, i) => {
    const value = values[i];
    // Parts of day are added last: a clock time above took its day from the plain day value.
    if (value) facts.push({ text: doc.text.slice(c.start, c.end), value: withPartOfDay(value, c.modifier), start: c.start, end: c.end, modifier: c.modifier });
  });
  return { facts, withoutValue: candidates.length - facts.length };
}

/**
 * The day of a clock time that no day in the text claims: the reference day,
 * read against the reference's own time of day when it has one. A time told
 * in the past that is still ahead of the reference clock ("the blast came at
 * 11 p.m." in a story filed at 8 a.m.) was the day before; a time told in the
 * future that is already behind it ("will land at 6 a.m.", filed at 8 a.m.)
 * is the next day.
 */
function clockDay(
  clock: { hour: number; minute: number }, reference: CalendarDay | null, moment: ReferenceMoment | null, tense: Tense,
): string | null {
  if (!reference) return null;
  const at = moment?.time && moment.day === formatDay(reference) ? moment.time.hour * 60 + moment.time.minute : null;
  const told = clock.hour * 60 + clock.minute;
  if (at !== null && tense === 'past' && told > at) return formatDay(addDays(reference, -1));
  if (at !== null && tense === 'future' && told < at) return formatDay(addDays(reference, 1));
  return formatDay(reference);
}

/** The signature line of an embedded post: "— Name (@handle) November 19, 2019". */
const EMBED_SIGNATURE = new RegExp(`\\(@\\w{1,30}\\)\\s+(${MONTH_PATTERN})\\s+(\\d{1,2}),\\s+(\\d{4})`, 'g');
const EMBED_LEAD_DAYS = 3;

/**
 * A post embedded in the article cannot be newer than the article: when one
 * is dated a day or two after the reference day (a publication time read in
 * another time zone), the article's own "Tuesday" counts from the post's day.
 */
function laterByEmbeds(doc: TextDocument, reference: CalendarDay | null): CalendarDay | null {
  if (!reference || !doc.text.includes('(@')) return reference;
  let latest = reference;
  for (const m of doc.text.matchAll(EMBED_SIGNATURE)) {
    const day = parseIsoDay(`${m[3]}-${String(monthNumber(m[1]!)).padStart(2, '0')}-${m[2]!.padStart(2, '0')}`);
    const lead = day ? dayNumber(day) - dayNumber(reference) : 0;
    if (day && lead > 0 && lead <= EMBED_LEAD_DAYS && dayNumber(day) > dayNumber(latest)) latest = day;
  }
  return latest;
}
