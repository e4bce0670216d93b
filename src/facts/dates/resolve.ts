/**
 * From meaning to ISO value, against the reference day and the tense of the
 * sentence. Each value keeps the expression's own granularity.
 */
import {
  type CalendarDay, addDays, addMonths, dayNumber, daysInMonth, formatDay, formatIsoWeek, formatMonth, formatTime, formatYear, weekdayOf,
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
      return reference ? formatDay(resolveWeekday(meaning.weekday, meaning.shift, reference, tense)) : null;
    case 'relative':
      return reference ? resolveRelative(meaning.unit, meaning.offset, reference) : null;
    case 'weekend':
      return reference ? formatIsoWeek(resolveWeekend(meaning.shift, reference, tense)) : null;
    case 'holiday':
      if (meaning.year !== null) return formatDay(holidayIn(meaning.holiday, meaning.year));
      return reference ? formatDay(resolveHoliday(meaning.holiday, meaning.shift, reference, tense)) : null;
    case 'clock':
      return null;
  }
}

function resolveCalendar(
  m: { year: number | null; month: number | null; day: number | null; shift?: 'last' | 'next' | 'this' },
  reference: CalendarDay | null,
  tense: Tense,
): string | null {
  if (m.month === null) return m.year === null ? null : formatYear(m.year);
  const year = m.year ?? (reference ? shiftedYear(m.month, m.shift, reference) ?? yearFor(m.month, m.day, reference, tense) : null);
  if (year === null) return null;
  return m.day === null ? formatMonth(year, m.month) : formatDay({ year, month: m.month, day: m.day });
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
 * strictly after; "this Friday" and future or scheduled → on or after; otherwise
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
  if (shift === 'this' || tense === 'future' || tense === 'scheduled') return addDays(reference, ahead);
  return addDays(reference, -back);
}

const SATURDAY = 6;

/**
 * The Saturday of the weekend meant, whose ISO week is the value (a weekend is
 * the end of its week, as a night is part of its day). "last weekend" is the
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
