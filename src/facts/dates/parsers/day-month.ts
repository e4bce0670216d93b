/** "21 March", "24 July 2015", "12th of April" (day first, British style). */
import { type DateCandidate, type DateParser, isCapitalized, matchAll } from '../candidate.js';
import { isPossibleDay } from '../calendar.js';
import { MONTH_PATTERN, monthNumber } from '../lexicon.js';

const DAY_MONTH = new RegExp(
  `(?<![\\d,.])(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_PATTERN})(?![A-Za-z])(?:,?\\s+(\\d{4})(?![\\dA-Za-z]))?`,
  'gi',
);

export const dayMonthParser: DateParser = {
  name: 'dayMonth',
  parse(doc) {
    const out: DateCandidate[] = [];
    for (const m of matchAll(DAY_MONTH, doc.text)) {
      if (!isCapitalized(m[2]!)) continue;
      const month = monthNumber(m[2]!)!;
      const day = Number(m[1]);
      const year = m[3] ? Number(m[3]) : null;
      // Without a year, "3 May" could be a count of something; only a full name is trusted then.
      if (!year && m[2]!.length < 5 && !/^(?:May|June|July)$/i.test(m[2]!)) continue;
      if (!isPossibleDay(year ?? null, month, day)) continue;
      out.push({ start: m.index, end: m.index + m[0].length, meaning: { kind: 'calendar', year, month, day }, modifier: null, rule: 'dayMonth' });
    }
    return out;
  },
};
