/**
 * All-digit dates: ISO "2024-04-12", "2024/04/12", and US "11/18/19",
 * "4/12/2024" (day first when the first number cannot be a month, and
 * always in text that is not English: "05/10/2018" is 5 October in Lisbon).
 */
import { type DateCandidate, type DateParser, matchAll } from '../candidate.js';
import { isValidDay } from '../calendar.js';

const ISO_DATE = /(?<![\d/-])(1[89]\d\d|20\d\d)([-/])(\d{2})\2(\d{2})(?![\d/-])/g;
const SLASH_DATE = /(?<![\d/.-])(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?![\d/-])/g;

export const numericDateParser: DateParser = {
  name: 'numericDate',
  parse(doc) {
    const out: DateCandidate[] = [];
    const push = (start: number, end: number, year: number, month: number, day: number): void => {
      if (isValidDay(year, month, day)) {
        out.push({ start, end, meaning: { kind: 'calendar', year, month, day }, modifier: null, rule: 'numericDate' });
      }
    };
    for (const m of matchAll(ISO_DATE, doc.text)) push(m.index, m.index + m[0].length, Number(m[1]), Number(m[3]), Number(m[4]));
    let english: boolean | undefined; // judged only when a slashed date needs it
    for (const m of matchAll(SLASH_DATE, doc.text)) {
      english ??= doc.english;
      const a = Number(m[1]);
      const b = Number(m[2]);
      const year = m[3]!.length === 4 ? Number(m[3]) : 2000 + Number(m[3]) - (Number(m[3]) >= 70 ? 100 : 0);
      const [month, day] = (a > 12 && b <= 12) || (!english && b <= 12) ? [b, a] : [a, b];
      push(m.index, m.index + m[0].length, year, month, day);
    }
    return out;
  },
};
