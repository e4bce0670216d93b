/**
 * Proleptic Gregorian day arithmetic on plain {year, month, day} values, and
 * the ISO-8601 forms a DateFact value can take. Days are counted through
 * Date.UTC so that no local time zone ever leaks in.
 */

/** A value that names one whole day ("2024-04-12"), no time, no part of day. */
export function isDayValue(value: string): boolean {
  return DAY_VALUE.test(value);
}
const DAY_VALUE = /^\d{4}-\d{2}-\d{2}$/;

export interface CalendarDay {
  year: number;
  /** 1-12 */
  month: number;
  /** 1-31 */
  day: number;
}

const MS_PER_DAY = 86_400_000;

export function parseIsoDay(value: string | null): CalendarDay | null {
  const m = value ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value) : null;
  if (!m) return null;
  const day = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isValidDay(day.year, day.month, day.day) ? day : null;
}

export function isValidDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * Whether a day can exist when its year may be unstated ("February 29", no
 * year): without a year any day some year has is accepted, so February 29
 * passes and February 30 does not.
 */
export function isPossibleDay(year: number | null, month: number, day: number): boolean {
  return year === null ? month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(LEAP_YEAR, month) : isValidDay(year, month, day);
}

/** Any leap year: the longest month lengths. */
const LEAP_YEAR = 2000;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Days since 1970-01-01. */
export function dayNumber(d: CalendarDay): number {
  return Math.round(Date.UTC(d.year, d.month - 1, d.day) / MS_PER_DAY);
}

export function fromDayNumber(n: number): CalendarDay {
  const date = new Date(n * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(d: CalendarDay, days: number): CalendarDay {
  return fromDayNumber(dayNumber(d) + days);
}

/** 0 = Sunday ... 6 = Saturday, as Date.getUTCDay. */
export function weekdayOf(d: CalendarDay): number {
  return new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
}

/** The month `months` away from d's month, as {year, month}. */
export function addMonths(d: { year: number; month: number }, months: number): { year: number; month: number } {
  const index = d.year * 12 + (d.month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12 + 12) % 12 + 1 };
}

const pad2 = (n: number): string => String(n).padStart(2, '0');
const pad4 = (n: number): string => String(n).padStart(4, '0');

export function formatDay(d: CalendarDay): string {
  return `${pad4(d.year)}-${pad2(d.month)}-${pad2(d.day)}`;
}

export function formatMonth(year: number, month: number): string {
  return `${pad4(year)}-${pad2(month)}`;
}

export function formatYear(year: number): string {
  return pad4(year);
}

export function formatTime(hour: number, minute: number): string {
  return `T${pad2(hour)}:${pad2(minute)}`;
}

/** ISO week date of a day: "2019-W47". The ISO year is the year of the week's Thursday. */
export function formatIsoWeek(d: CalendarDay): string {
  const n = dayNumber(d);
  const isoWeekday = ((weekdayOf(d) + 6) % 7) + 1; // Monday 1 ... Sunday 7
  const thursday = fromDayNumber(n - isoWeekday + 4);
  const firstOfYear = dayNumber({ year: thursday.year, month: 1, day: 1 });
  const week = Math.floor((dayNumber(thursday) - firstOfYear) / 7) + 1;
  return `${pad4(thursday.year)}-W${pad2(week)}`;
}
