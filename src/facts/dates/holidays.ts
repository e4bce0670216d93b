/**
 * Holiday days from the table in src/lexicon/holidays.ts: fixed days
 * (Christmas, Halloween) and days computed from the year (Easter by the
 * Gregorian computus, US Thanksgiving as the fourth Thursday of November).
 */
import { HOLIDAYS, type Holiday } from '../../lexicon/holidays.js';
import { alternation } from '../../lexicon/pattern.js';
import { type CalendarDay, addDays, weekdayOf } from './calendar.js';

/** A holiday's key, as in HOLIDAYS (`src/lexicon/holidays.ts`). */
export type HolidayName = string;

/** Written forms (keyed by holidayKey) → holiday. */
export const HOLIDAY_FORMS: ReadonlyMap<string, Holiday> = new Map(HOLIDAYS.flatMap((h) => h.forms.map((form) => [holidayKey(form), h] as const)));

/** Every written form, for the parser's pattern. */
export const HOLIDAY_FORM_PATTERN = alternation(HOLIDAYS.flatMap((h) => h.forms));

/** The written form as a key of HOLIDAY_FORMS: lower case, one space, curly apostrophe, no period after "St". */
export function holidayKey(written: string): string {
  return written.toLowerCase().replace(/\s+/g, ' ').replace(/'/g, '’').replace(/^st\. /, 'st ');
}

/** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm, "Meeus/Jones/Butcher"). */
export function easterSunday(year: number): CalendarDay {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

const THURSDAY = 4;

/** US Thanksgiving: the fourth Thursday of November. */
export function thanksgiving(year: number): CalendarDay {
  const first = { year, month: 11, day: 1 };
  return addDays(first, (THURSDAY - weekdayOf(first) + 7) % 7 + 21);
}

/** The day a holiday falls on in a given year. */
export function holidayIn(name: HolidayName, year: number): CalendarDay {
  const holiday = HOLIDAYS.find((h) => h.name === name);
  if (!holiday) throw new Error(`unknown holiday: ${name}`);
  const day = holiday.day;
  if ('fixed' in day) return { year, month: day.fixed[0], day: day.fixed[1] };
  if ('fromEaster' in day) return addDays(easterSunday(year), day.fromEaster);
  return addDays(thanksgiving(year), day.fromThanksgiving);
}
