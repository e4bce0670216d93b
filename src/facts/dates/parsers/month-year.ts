/** "May 2015", "March of 2018". */
import { type DateCandidate, type DateParser, isCapitalized, matchAll } from '../candidate.js';
import { MONTH_PATTERN, monthNumber } from '../lexicon.js';

const MONTH_YEAR = new RegExp(`\\b(${MONTH_PATTERN})(?:\\s+of)?,?\\s+(\\d{4})(?![\\dA-Za-z])`, 'gi');

export const monthYearParser: DateParser = {
  name: 'monthYear',
  parse(doc) {
    const out: DateCandidate[] = [];
    for (const m of matchAll(MONTH_YEAR, doc.text)) {
      const year = Number(m[2]);
      if (!isCapitalized(m[1]!) || year < 1000 || year > 2199) continue;
      const month = monthNumber(m[1]!)!;
      out.push({ start: m.index, end: m.index + m[0].length, meaning: { kind: 'calendar', year, month, day: null }, modifier: null, rule: 'monthYear' });
    }
    return out;
  },
};
