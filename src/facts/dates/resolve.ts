/**
 * From meaning to ISO value, against the reference day and the tense of the
 * sentence. Each value keeps the expression's own granularity.
 */
import {
  type CalendarDay, addDays, addMonths, dayNumber, daysInMonth, formatDay, formatIsoWeek, formatMonth, formatTime, formatYear, isValidDay, weekdayOf,
} from './calendar.js';
import type { DateMeaning } from './candidate.js';
import { type HolidayName, holidayIn } from './holidays.js';
import type { Tense } from './tense.js';

/** The value of a meaning, or null when it needs a reference day that is unknown. Clock times are resolved by the caller. */
export function resolveMeaning(meaning: DateMeaning, reference: CalendarDay | null, tense: Tense): string | null {
  switch (meaning.kind) {
    case 'fixed':
      return meaning.value;
    case 'decade':
      return meaning.decade;
    case 'calendar':
      return resolveCalendar(meaning, reference, tense);
    case 'weekday':
      if (!reference) return meaning.shift === null ? anchorFreeWeekday(meaning.weekday) : null;
      return formatDay(resolveWeekday(meaning.weekday, meaning.shift, reference, tense));
    case 'relative':
      return reference ? resolveRelative(meaning.unit, meaning.offset, reference) : null;
    case 'weekend':
      // TimeML's weekend of an ISO week, "2024-W14-WE": the week alone would say Monday to Sunday.
      return reference ? `${formatIsoWeek(resolveWeekend(meaning.shift, reference, tense))}-WE` : null;
    case 'holiday':
      if (meaning.year !== null) return formatDay(holidayIn(meaning.holiday, meaning.year));
      return reference ? formatDay(resolveHoliday(meaning.holiday, meaning.shift, reference, tense)) : null;
    case 'quarter':
      return meaning.year !== null || reference ? resolveQuarter(meaning, reference, tense) : null;
    case 'season':
      return meaning.year !== null || reference ? resolveSeason(meaning, reference, tense) : null;
    case 'clock':
    case 'anaphoric': // valued from the date before it (anchors/previous-date.ts)
      return null;
  }
}

/** The quarter (1-4) or half (1-2) a day falls in. */
export function partOfYear(part: 'Q' | 'H', month: number): number {
  return part === 'Q' ? Math.ceil(month / 3) : month <= 6 ? 1 : 2;
}

/**
 * "the third quarter" without a year is this year's unless that one is still
 * ahead and the sentence looks back (a January report on "the fourth
 * quarter"); told in the future it stays this year's (a report still to come
 * on a quarter just over). A bare
 * "the quarter" / "the latest quarter" is the last one completed, "this" /
 * "current" the one under way; the story's own quarter, when it names one,
 * is applied afterwards (anchors/quarter-focus.ts).
 */
export function resolveQuarter(
  m: { part: 'Q' | 'H'; index: number | null; year: number | null; shift: 'last' | 'next' | 'this' | 'latest' | 'yearEarlier' | null; yearShift?: number | null },
  reference: CalendarDay | null,
  tense: Tense,
): string | null {
  const parts = m.part === 'Q' ? 4 : 2;
  const current = reference ? partOfYear(m.part, reference.month) : 0;
  let year: number;
  let index: number;
  if (m.index !== null) {
    index = m.index;
    if (m.year !== null) year = m.year;
    else if (!reference) return null;
    else if (m.yearShift !== undefined && m.yearShift !== null) year = reference.year + m.yearShift;
    else if (m.shift === 'this') year = reference.year;
    else if (m.shift === 'last' || m.shift === 'latest') year = index < current ? reference.year : reference.year - 1;
    else if (m.shift === 'next') year = index > current ? reference.year : reference.year + 1;
    // Told in the future, a quarter is still this year's: "expects third-quarter results" in October awaits the report on a quarter just over.
    else year = index <= current || tense === 'future' || tense === 'scheduled' ? reference.year : reference.year - 1;
  } else {
    if (!reference) return null;
    const step = m.shift === 'this' ? 0 : m.shift === 'next' ? 1 : -1;
    const n = reference.year * parts + (current - 1) + step;
    year = Math.floor(n / parts);
    index = (n % parts) + 1;
  }
  if (m.shift === 'yearEarlier') year--;
  return `${formatYear(year)}-${m.part}${index}`;
}

const SEASON_START_MONTH: Record<'SP' | 'SU' | 'FA' | 'WI', number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/**
 * A season's year (TimeML: "1998-SU"). Winter is counted by the year it
 * begins in, except in its January and February months, which belong to the
 * winter that began the December before. "this summer" is this year's; "last"
 * the latest one already over or under way before this one; "next" the first
 * to begin after today; otherwise the tense chooses as for a month.
 */
export function resolveSeason(
  m: { season: 'SP' | 'SU' | 'FA' | 'WI'; year: number | null; shift: 'last' | 'next' | 'this' | null },
  reference: CalendarDay | null,
  tense: Tense,
): string | null {
  if (m.year !== null) return `${formatYear(m.year)}-${m.season}`;
  if (!reference) return null;
  const start = SEASON_START_MONTH[m.season];
  // Months since the start of this year's occurrence of the season (negative: it has not begun).
  const seasonYearNow = m.season === 'WI' && reference.month <= 2 ? reference.year - 1 : reference.year;
  const since = (reference.year - seasonYearNow) * 12 + reference.month - start;
  const begun = since >= 0;
  const over = since >= 3;
  let year: number;
  if (m.shift === 'this') year = over && (tense === 'future' || tense === 'scheduled') ? seasonYearNow + 1 : seasonYearNow;
  else if (m.shift === 'last') year = over ? seasonYearNow : seasonYearNow - 1;
  else if (m.shift === 'next') year = begun ? seasonYearNow + 1 : seasonYearNow;
  else if (tense === 'future' || tense === 'scheduled') year = begun && over ? seasonYearNow + 1 : seasonYearNow;
  else year = begun ? seasonYearNow : seasonYearNow - 1;
  return `${formatYear(year)}-${m.season}`;
}

function resolveCalendar(
  m: { year: number | null; month: number | null; day: number | null; shift?: 'last' | 'next' | 'this'; weekday?: number },
  reference: CalendarDay | null,
  tense: Tense,
): string | null {
  if (m.month === null) return m.year === null ? null : formatYear(m.year);
  let year = m.year ?? (reference ? shiftedYear(m.month, m.shift, reference) ?? yearFor(m.month, m.day, reference, tense) : null);
  if (m.year === null && year !== null && m.day !== null && m.weekday !== undefined) year = yearOfWeekday(m.month, m.day, m.weekday, year);
  if (year === null) return m.shift ? null : anchorFreeCalendar(m.month, m.day);
  return m.day === null ? formatMonth(year, m.month) : formatDay({ year, month: m.month, day: m.day });
}

/**
 * With no reference day, what a yearless date still says, as TimeML writes
 * it: "March 3" is XXXX-03-03, "in March" XXXX-03. "last March" says only
 * that it is relative, so it has no value at all.
 */
function anchorFreeCalendar(month: number, day: number | null): string {
  const mm = String(month).padStart(2, '0');
  return day === null ? `XXXX-${mm}` : `XXXX-${mm}-${String(day).padStart(2, '0')}`;
}

/** "Thursday" with no reference day: TimeML's XXXX-WXX-4 (ISO weekday, Monday 1 ... Sunday 7). */
function anchorFreeWeekday(weekday: number): string {
  return `XXXX-WXX-${weekday === 0 ? 7 : weekday}`;
}

/**
 * "Saturday, April 25" with no year: of the guessed year and the two beside
 * it, the one whose April 25 is a Saturday (the guess when none or several are).
 */
function yearOfWeekday(month: number, day: number, weekday: number, guess: number): number {
  const fits = (y: number) => isValidDay(y, month, day) && weekdayOf({ year: y, month, day }) === weekday;
  if (fits(guess)) return guess;
  const others = [guess + 1, guess - 1].filter(fits);
  return others.length === 1 ? others[0]! : guess;
}

/** "this May" is this year's; "last February" the latest before this month; "next March" the first after it. */
function shiftedYear(month: number, shift: 'last' | 'next' | 'this' | undefined, reference: CalendarDay): number | null {
  if (shift === 'this') return reference.year;
  if (shift === 'last') return month < reference.month ? reference.year : reference.year - 1;
  if (shift === 'next') return month > reference.month ? reference.year : reference.year + 1;
  return null;
}

const UNCUED_FUTURE_REACH_DAYS = 75;
/**
 * A scheduled day ("tariffs planned for Oct. 15") is the nearer of its two
 * occurrences, leaning ahead: the later one wins unless it is this many times
 * farther than the earlier one.
 */
const SCHEDULED_AHEAD_LEAN = 3;

/**
 * The year of a month (and day) given without one: past tense → the most
 * recent occurrence (this month counts), future → the next one, scheduled →
 * the nearer one. With no tense cue, news mostly looks back: the coming
 * occurrence wins only when it is close (a deadline next month), otherwise the
 * past one.
 */
export function yearFor(month: number, day: number | null, reference: CalendarDay, tense: Tense): number {
  const here = reference.month * 100 + (day === null ? 0 : reference.day);
  const there = month * 100 + (day ?? 0);
  const pastYear = there <= here ? reference.year : reference.year - 1;
  const futureYear = there >= here ? reference.year : reference.year + 1;
  if (tense === 'past') return pastYear;
  if (tense === 'future') return futureYear;
  if (pastYear === futureYear) return pastYear;
  const daysAhead = dayNumber({ year: futureYear, month, day: day ?? 1 }) - dayNumber(reference);
  if (tense === 'scheduled') {
    const daysBack = dayNumber(reference) - dayNumber({ year: pastYear, month, day: day ?? daysInMonth(pastYear, month) });
    return daysAhead <= daysBack * SCHEDULED_AHEAD_LEAN ? futureYear : pastYear;
  }
  return daysAhead <= UNCUED_FUTURE_REACH_DAYS ? futureYear : pastYear;
}

/**
 * A holiday without a year, read like a month and day: "this Christmas" is
 * this year's; "last Easter" the latest before today, "next Easter" the first
 * after; otherwise the tense picks the latest (past) or the coming one
 * (future), a schedule the nearer one, and with no cue the coming one only
 * when it is close.
 */
export function resolveHoliday(
  name: HolidayName, shift: 'last' | 'next' | 'this' | null, reference: CalendarDay, tense: Tense,
): CalendarDay {
  const today = dayNumber(reference);
  const thisYear = holidayIn(name, reference.year);
  if (shift === 'this') return thisYear;
  const hasPassed = dayNumber(thisYear) < today;
  const isToday = dayNumber(thisYear) === today;
  const latest = hasPassed || isToday ? thisYear : holidayIn(name, reference.year - 1);
  const coming = hasPassed ? holidayIn(name, reference.year + 1) : thisYear;
  if (shift === 'last') return isToday ? holidayIn(name, reference.year - 1) : latest;
  if (shift === 'next') return isToday ? holidayIn(name, reference.year + 1) : coming;
  if (tense === 'past') return latest;
  if (tense === 'future') return coming;
  const daysAhead = dayNumber(coming) - today;
  if (tense === 'scheduled') return daysAhead <= (today - dayNumber(latest)) * SCHEDULED_AHEAD_LEAN ? coming : latest;
  return daysAhead <= UNCUED_FUTURE_REACH_DAYS ? coming : latest;
}

/**
 * "last Tuesday" → strictly before the reference day; "next Monday" →
 * strictly after; "this Friday" and future → on or after; scheduled → the
 * nearer one; otherwise
 * (reported past, the news default) → on or before. The reference day's own
 * weekday is the reference day unless "last"/"next" says otherwise.
 */
export function resolveWeekday(
  weekday: number, shift: 'last' | 'next' | 'this' | null, reference: CalendarDay, tense: Tense,
): CalendarDay {
  const back = (weekdayOf(reference) - weekday + 7) % 7;
  const ahead = (weekday - weekdayOf(reference) + 7) % 7;
  if (shift === 'last') return addDays(reference, -(back || 7));
  if (shift === 'next') return addDays(reference, ahead || 7);
  if (shift === 'this' || tense === 'future') return addDays(reference, ahead);
  // A plan told in the past ("had been scheduled to expire Friday") may be over: the nearer day, ahead on a tie.
  if (tense === 'scheduled') return addDays(reference, ahead <= back ? ahead : -back);
  return addDays(reference, -back);
}

const SATURDAY = 6;

/**
 * The Saturday of the weekend meant, whose ISO week carries the value (a
 * weekend is the end of its week, written "-WE" after it as TimeML does). "last weekend" is the
 * one before the current or latest; "this weekend" and a bare "the weekend"
 * are the latest when told in the past, else the coming one; "next weekend"
 * is the coming one (the one after, from a Friday or the weekend itself).
 */
export function resolveWeekend(shift: 'last' | 'next' | 'this' | null, reference: CalendarDay, tense: Tense): CalendarDay {
  const weekday = weekdayOf(reference);
  const latest = addDays(reference, -((weekday - SATURDAY + 7) % 7)); // Saturday on or before
  const inWeekend = weekday === SATURDAY || weekday === 0;
  const coming = inWeekend ? latest : addDays(latest, 7);
  if (shift === 'last') return inWeekend ? addDays(latest, -7) : latest;
  if (shift === 'next') return weekday === 5 || inWeekend ? addDays(coming, 7) : coming;
  if (tense === 'past') return latest;
  if (shift === 'this' || tense === 'future' || tense === 'scheduled') return coming;
  return latest;
}

function resolveRelative(unit: 'day' | 'week' | 'month' | 'year', offset: number, reference: CalendarDay): string {
  switch (unit) {
    case 'day':
      return formatDay(addDays(reference, offset));
    case 'week':
      return formatIsoWeek(addDays(reference, offset * 7));
    case 'month': {
      const m = addMonths(reference, offset);
      return formatMonth(m.year, m.month);
    }
    case 'year':
      return formatYear(reference.year + offset);
  }
}

export function withTime(dayValue: string, hour: number, minute: number): string {
  return dayValue + formatTime(hour, minute);
}
