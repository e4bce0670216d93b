/**
 * The second day of a range or pair written after one month: "April 24 and
 * 25", "May 3-4", "from March 3 to 5", "June 9 or 10, 2021". The first day is
 * the month-day parser's; this one gives the bare "25" its month (and the
 * year written after it), since TimeML counts each day as its own date.
 */
import { type DateCandidate, type DateParser, isCapitalized, matchAll } from '../candidate.js';
import { isPossibleDay } from '../calendar.js';
import { MONTH_PATTERN, monthNumber } from '../lexicon.js';

// The second day must not run into more digits, letters or a clock, nor count something ("to 5 percent").
const RANGE_END = new RegExp(
  `\\b(${MONTH_PATTERN})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*[-–]\\s*|\\s+(?:and|to|through|or)\\s+)(\\d{1,2})(?:st|nd|rd|th)?` +
    `(?![\\d:.,]\\d)(?![A-Za-z%])(?!\\s+(?:percent|per\\s+cent|points?|times|people|others)\\b)(?:,?\\s+(\\d{4})(?![\\dA-Za-z]))?`,
  'gid',
);

export const rangeEndDayParser: DateParser = {
  name: 'rangeEndDay',
  parse(doc) {
    const out: DateCandidate[] = [];
    for (const m of matchAll(RANGE_END, doc.text)) {
      if (!isCapitalized(m[1]!)) continue;
      const month = monthNumber(m[1]!)!;
      const first = Number(m[2]);
      const day = Number(m[3]);
      const year = m[4] ? Number(m[4]) : null;
      // A range runs forward: "May 3 to 15" is a range, "May 30 and 4 others" is not.
      if (day <= first || !isPossibleDay(year, month, day)) continue;
      out.push({ start: m.indices![3]![0], end: m.index + m[0].length, meaning: { kind: 'calendar', year, month, day }, modifier: null, rule: 'rangeEndDay' });
    }
    return out;
  },
};
