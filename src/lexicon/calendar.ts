/**
 * Calendar words, once for every extractor: dates parse them, actors and
 * quotes use them to know a capitalized word is not a name.
 */

/** Full month names, January first. */
export const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/** Abbreviations (written with or without a period) and the month each stands for. */
export const MONTH_ABBREVIATIONS: readonly (readonly [string, number])[] = [
  ['Jan', 1], ['Feb', 2], ['Mar', 3], ['Apr', 4], ['Jun', 6], ['Jul', 7], ['Aug', 8], ['Sept', 9], ['Sep', 9], ['Oct', 10],
  ['Nov', 11], ['Dec', 12],
];

/** Weekday names, Sunday first (the index is the weekday number, as in Date.getUTCDay). */
export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/**
 * Feasts named in the news whose day we do not compute (lunar calendars, or a
 * day that differs by country): still calendar words, never actors.
 */
export const UNDATED_FEASTS = ['Ramadan', 'Eid', 'Hanukkah', 'Passover', 'Diwali'] as const;
