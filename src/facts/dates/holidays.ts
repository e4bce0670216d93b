/**
 * Holidays whose day is the same everywhere they are named in English news:
 * fixed days (Christmas, Halloween) and days computed from the year (Easter by
 * the Gregorian computus, US Thanksgiving as the fourth Thursday of
 * November). Left out on purpose: days that differ by country under one name
 * (Independence Day, Labor Day, Memorial Day, Mother's Day) and lunar
 * calendars (Ramadan, Eid, Lunar New Year), whose day we cannot be sure of.
 */
import { type CalendarDay, addDays, weekdayOf } from './calendar.js';

export type HolidayName =
  | 'christmas' | 'christmas eve' | 'boxing day' | 'new year’s day' | 'new year’s eve' | 'halloween' | 'valentine’s day'
  | 'st patrick’s day' | 'easter' | 'good friday' | 'easter monday' | 'palm sunday' | 'ash wednesday' | 'thanksgiving'
  | 'black friday' | 'cyber monday';

/** Written forms (lower case, curly apostrophe, "St" without period) → holiday. */
export const HOLIDAY_FORMS: ReadonlyMap<string, HolidayName> = new Map([
  ['christmas', 'christmas'], ['christmas day', 'christmas'], ['christmas eve', 'christmas eve'], ['boxing day', 'boxing day'],
  ['new year’s day', 'new year’s day'], ['new year’s eve', 'new year’s eve'], ['halloween', 'halloween'],
  ['valentine’s day', 'valentine’s day'], ['st patrick’s day', 'st patrick’s day'], ['saint patrick’s day', 'st patrick’s day'],
  ['easter', 'easter'], ['easter sunday', 'easter'], ['easter day', 'easter'], ['good friday', 'good friday'],
  ['easter monday', 'easter monday'], ['palm sunday', 'palm sunday'], ['ash wednesday', 'ash wednesday'],
  ['thanksgiving', 'thanksgiving'], ['thanksgiving day', 'thanksgiving'], ['black friday', 'black friday'],
  ['cyber monday', 'cyber monday'],
]);

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
  switch (name) {
    case 'christmas': return { year, month: 12, day: 25 };
    case 'christmas eve': return { year, month: 12, day: 24 };
    case 'boxing day': return { year, month: 12, day: 26 };
    case 'new year’s day': return { year, month: 1, day: 1 };
    case 'new year’s eve': return { year, month: 12, day: 31 };
    case 'halloween': return { year, month: 10, day: 31 };
    case 'valentine’s day': return { year, month: 2, day: 14 };
    case 'st patrick’s day': return { year, month: 3, day: 17 };
    case 'easter': return easterSunday(year);
    case 'good friday': return addDays(easterSunday(year), -2);
    case 'easter monday': return addDays(easterSunday(year), 1);
    case 'palm sunday': return addDays(easterSunday(year), -7);
    case 'ash wednesday': return addDays(easterSunday(year), -46);
    case 'thanksgiving': return thanksgiving(year);
    case 'black friday': return addDays(thanksgiving(year), 1);
    case 'cyber monday': return addDays(thanksgiving(year), 4);
  }
}
