/** "March 21", "Feb. 14", "Nov. 19, 2019", "April 12th 2024" (month first, optional year). */
import { type DateCandidate, type DateParser, isCapitalized, matchAll } from '../candidate.js';
import { isPossibleDay } from '../calendar.js';
import { MONTH_PATTERN, monthNumber } from '../lexicon.js';

// The day must not run into more digits or a clock ("March 3:30"), nor be a decimal.
const MONTH_DAY = new RegExp(
  `\\b(${MONTH_PATTERN})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:.,]\\d)(?![A-Za-z])(?:,?\\s+(\\d{4})(?![\\dA-Za-z]))?`,
  'gi',
);

export const monthDayParser: DateParser = {
  name: 'monthDay',
  parse(doc) {
    const out: DateCandidate[] = [];
    for (const m of matchAll(MONTH_DAY, doc.text)) {
      if (!isCapitalized(m[1]!)) continue;
      const month = monthNumber(m[1]!)!;
      const day = Number(m[2]);
      const year = m[3] ? Number(m[3]) : null;
      if (!isPossibleDay(year ?? null, month, day)) continue;
      out.push({ start: m.index, end: m.index + m[0].length, meaning: { kind: 'calendar', year, month, day }, modifier: null, rule: 'monthDay' });
    }
    return out;
  },
};
