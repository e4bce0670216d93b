/** Words of the calendar as dates read them: month and weekday numbers, number words, parts of the day. */
import { MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES } from '../../lexicon/calendar.js';
import { CARDINAL_WORDS } from '../../lexicon/numbers.js';
import { alternation } from '../../lexicon/pattern.js';

/** Lower-case month names and abbreviations (without period) → 1-12. */
export const MONTH_NUMBERS: ReadonlyMap<string, number> = new Map([
  ...MONTH_NAMES.map((name, i) => [name.toLowerCase(), i + 1] as const),
  ...MONTH_ABBREVIATIONS.map(([abbreviation, month]) => [abbreviation.toLowerCase(), month] as const),
]);

/**
 * A month name or abbreviation (abbreviation with an optional period). Longest
 * alternatives first; match case-insensitively and check capitalisation in code.
 */
export const MONTH_PATTERN = alternation([...MONTH_NAMES, ...MONTH_ABBREVIATIONS.map(([abbreviation]) => `${abbreviation}.`)]);

export function monthNumber(token: string): number | null {
  return MONTH_NUMBERS.get(token.toLowerCase().replace(/\.$/, '')) ?? null;
}

export { WEEKDAY_NAMES };
export const WEEKDAY_PATTERN = alternation(WEEKDAY_NAMES);

export function weekdayNumber(token: string): number | null {
  const i = WEEKDAY_NAMES.findIndex((w) => w.toLowerCase() === token.toLowerCase());
  return i < 0 ? null : i;
}

/** Number words in counts of time ("three weeks ago", "a year ago"): the cardinals, and "a"/"an" for one. */
const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([['a', 1], ['an', 1], ...CARDINAL_WORDS]);
export const NUMBER_WORD_PATTERN = `(?:${alternation(NUMBER_WORDS.keys())}|\\d{1,3})`;

export function countValue(token: string): number | null {
  if (/^\d+$/.test(token)) return Number(token);
  return NUMBER_WORDS.get(token.toLowerCase()) ?? null;
}

/** Parts of the day that qualify a day without changing its granularity. */
export const DAYPART_PATTERN = '(?:morning|afternoon|evening|night|overnight)';
