/** Words of the calendar: month and weekday names, number words, parts of the day. */

/** Lower-case month names and abbreviations (without period) → 1-12. */
export const MONTH_NUMBERS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['mar', 3],
  ['april', 4], ['apr', 4], ['may', 5], ['june', 6], ['jun', 6], ['july', 7], ['jul', 7],
  ['august', 8], ['aug', 8], ['september', 9], ['sept', 9], ['sep', 9], ['october', 10], ['oct', 10],
  ['november', 11], ['nov', 11], ['december', 12], ['dec', 12],
]);

/**
 * A month name or abbreviation (abbreviation with an optional period). Longest
 * alternatives first; match case-insensitively and check capitalisation in code.
 */
export const MONTH_PATTERN =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December' +
  '|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';

export function monthNumber(token: string): number | null {
  return MONTH_NUMBERS.get(token.toLowerCase().replace(/\.$/, '')) ?? null;
}

export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
export const WEEKDAY_PATTERN = '(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)';

export function weekdayNumber(token: string): number | null {
  const i = WEEKDAY_NAMES.findIndex((w) => w.toLowerCase() === token.toLowerCase());
  return i < 0 ? null : i;
}

const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['a', 1], ['an', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6],
  ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13],
  ['fourteen', 14], ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19],
  ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60],
]);
export const NUMBER_WORD_PATTERN =
  '(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen' +
  '|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|\\d{1,3})';

export function countValue(token: string): number | null {
  if (/^\d+$/.test(token)) return Number(token);
  return NUMBER_WORDS.get(token.toLowerCase()) ?? null;
}

/** Parts of the day that qualify a day without changing its granularity. */
export const DAYPART_PATTERN = '(?:morning|afternoon|evening|night|overnight)';
