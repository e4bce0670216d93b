/**
 * Dates: every time expression in the article, normalized to ISO-8601 at its
 * own granularity against the reference day.
 *
 *   parsers (one pattern each) → refiners (merge, drop overlaps, widen with
 *   modifiers) → resolution (tense-aware values; clock times join their day).
 *
 * Not emitted, by design: durations ("for three years"), frequencies
 * ("weekly"), "now"/"currently", seasons ("last spring": ISO-8601 has no
 * season form worth inventing), and anything relative when the reference day
 * is unknown.
 */
import type { DateFact } from '../../schema.js';
import type { TextDocument } from '../text/document.js';
import { sentenceIndexAt } from '../text/document.js';
import { type CalendarDay, dayNumber, formatDay, parseIsoDay } from './calendar.js';
import { MONTH_PATTERN, monthNumber } from './lexicon.js';
import type { DateCandidate, DateParser } from './candidate.js';
import { agoParser } from './parsers/ago.js';
import { clockTimeParser } from './parsers/clock-time.js';
import { dayMonthParser } from './parsers/day-month.js';
import { foreignDateParser } from './parsers/foreign-date.js';
import { decadeParser } from './parsers/decade.js';
import { monthDayParser } from './parsers/month-day.js';
import { monthNameParser } from './parsers/month-name.js';
import { monthYearParser } from './parsers/month-year.js';
import { namedDateParser } from './parsers/named-date.js';
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
import { includePossessive } from './refiners/possessive.js';
import { attachPrefixModifiers } from './refiners/prefix-modifiers.js';
import type { DateRefiner } from './refiners/refiner.js';
import { resolveMeaning, withTime } from './resolve.js';
import { TenseReader } from './tense.js';
import type { ResolvedDate, ValueRefiner } from './resolved.js';
import { yearFromDateRuns } from './anchors/date-runs.js';
import { yearFromSameDay } from './anchors/same-day.js';

export interface DateContext {
  /** YYYY-MM-DD: the day relative expressions resolve against; null when unknown. */
  referenceDate: string | null;
}

export const DATE_PARSERS: readonly DateParser[] = [
  namedDateParser,
  numericDateParser,
  monthDayParser,
  dayMonthParser,
  monthYearParser,
  monthNameParser,
  yearParser,
  decadeParser,
  weekdayParser,
  weekendParser,
  relativeDayParser,
  relativeUnitParser,
  agoParser,
  clockTimeParser,
  foreignDateParser,
];

export const DATE_REFINERS: readonly DateRefiner[] = [
  mergeWeekdayWithDate,
  dropOverlaps,
  attachPrefixModifiers,
  attachDayparts,
  includePossessive,
  inheritYear,
];

/** After resolution: years that one sentence's tense cannot decide (lists of dates, a day named twice). */
export const VALUE_REFINERS: readonly ValueRefiner[] = [yearFromDateRuns, yearFromSameDay];

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
export function extractDates(doc: TextDocument, context: DateContext): DateFact[] {
  const reference = laterByEmbeds(doc, parseIsoDay(context.referenceDate));
  const tenses = new TenseReader(doc);
  const candidates = findDateCandidates(doc);
  let resolved: ResolvedDate[] = candidates.map((c) => {
    const tense = c.meaning.kind === 'clock' || isAttributive(doc, c) ? 'unknown' : tenses.tenseAt(c.start, c.end);
    const value = c.meaning.kind === 'clock' ? null : resolveMeaning(c.meaning, reference, tense);
    const yearKnown = c.meaning.kind === 'fixed' || (c.meaning.kind === 'calendar' && c.meaning.year !== null);
    return { candidate: c, value, tense, yearKnown };
  });
  for (const refiner of VALUE_REFINERS) resolved = refiner.refine(resolved, doc);
  const values = resolved.map((r) => r.value);
  const days = dayNeighbours(doc, candidates, values);
  candidates.forEach((c, i) => {
    if (c.meaning.kind !== 'clock') return;
    const day = dayInFocus(doc, candidates, values, days, i, reference) ?? (reference ? formatDay(reference) : null);
    values[i] = day ? withTime(day, c.meaning.hour, c.meaning.minute) : null;
  });
  const facts: DateFact[] = [];
  candidates.forEach((c, i) => {
    const value = values[i];
    if (value) facts.push({ text: doc.text.slice(c.start, c.end), value, start: c.start, end: c.end, modifier: c.modifier });
  });
  return facts;
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

const IS_DAY = /^\d{4}-\d{2}-\d{2}$/;
const NEWS_WEEK_DAYS = 7;

function isNearReference(dayValue: string, reference: CalendarDay | null): boolean {
  const day = parseIsoDay(dayValue);
  return !reference || !day || Math.abs(dayNumber(day) - dayNumber(reference)) <= NEWS_WEEK_DAYS;
}

/** For each candidate: its sentence, and the nearest day-level dates before and after it (-1: none). */
interface DayNeighbours {
  sentence: number[];
  previousDay: number[];
  nextDay: number[];
}

/**
 * Computed once per article so that finding a clock time's day is constant
 * time: a page of thousands of "5 p.m."s must not compare every pair.
 * Clock values are never day-level, so values known before clocks resolve suffice.
 */
function dayNeighbours(doc: TextDocument, candidates: DateCandidate[], values: (string | null)[]): DayNeighbours {
  const isDay = values.map((v) => v !== null && IS_DAY.test(v));
  const sentence = candidates.map((c) => sentenceIndexAt(doc, c.start));
  const previousDay: number[] = [];
  const nextDay: number[] = new Array<number>(candidates.length).fill(-1);
  for (let i = 0, last = -1; i < candidates.length; i++) {
    previousDay.push(last);
    if (isDay[i]) last = i;
  }
  for (let i = candidates.length - 1, last = -1; i >= 0; i--) {
    nextDay[i] = last;
    if (isDay[i]) last = i;
  }
  return { sentence, previousDay, nextDay };
}

/**
 * The day a clock time belongs to: the nearest day-level date in its own
 * sentence, else the last one before it in its paragraph or the paragraph
 * before (a lead names the day, the next paragraph gives the time).
 * Candidates are in text order and do not overlap, so the nearest ones are
 * the neighbours found by dayNeighbours.
 */
function dayInFocus(
  doc: TextDocument, candidates: DateCandidate[], values: (string | null)[], days: DayNeighbours, index: number,
  reference: CalendarDay | null,
): string | null {
  const clock = candidates[index]!;
  const sentence = days.sentence[index]!;
  const before = days.previousDay[index]!;
  const after = days.nextDay[index]!;
  const sameBefore = before >= 0 && days.sentence[before] === sentence ? before : -1;
  const sameAfter = after >= 0 && days.sentence[after] === sentence ? after : -1;
  if (sameBefore >= 0 || sameAfter >= 0) {
    const distanceBefore = sameBefore >= 0 ? clock.start - candidates[sameBefore]!.end : Infinity;
    const distanceAfter = sameAfter >= 0 ? candidates[sameAfter]!.start - clock.end : Infinity;
    return values[distanceBefore <= distanceAfter ? sameBefore : sameAfter]!;
  }
  const paragraph = paragraphIndexAt(doc, clock.start);
  const ownStart = paragraph >= 0 ? doc.paragraphs[paragraph]!.start : 0;
  const focusStart = paragraph > 0 ? doc.paragraphs[paragraph - 1]!.start : 0;
  if (before < 0 || candidates[before]!.start < focusStart) return null;
  const v = values[before]!;
  // From the paragraph before, only the news of the week: an old date there is background, the time is today's.
  if (candidates[before]!.start < ownStart && !isNearReference(v, reference)) return null;
  return v;
}

/** The index of the paragraph containing `offset`, or -1. Binary search. */
function paragraphIndexAt(doc: TextDocument, offset: number): number {
  let lo = 0;
  let hi = doc.paragraphs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = doc.paragraphs[mid]!;
    if (offset < p.start) hi = mid - 1;
    else if (offset >= p.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
