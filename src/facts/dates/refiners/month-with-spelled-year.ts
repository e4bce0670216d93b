/**
 * "January nineteen ninety-seven", "March third, two thousand and one": a
 * month (or month and day) followed by a year said in words is one date.
 * Written years are joined by the month-year and month-day parsers
 * themselves; words are recognised only after parsing, so they join here.
 */
import type { DateCandidate } from '../candidate.js';
import type { DateRefiner } from './refiner.js';

const BETWEEN = /^,?\s{1,2}$/;

export const joinMonthWithSpelledYear: DateRefiner = {
  name: 'joinMonthWithSpelledYear',
  refine(candidates, doc) {
    const out: DateCandidate[] = [];
    for (let i = 0; i < candidates.length; i++) {
      const c = candidates[i]!;
      const next = candidates[i + 1];
      if (
        c.meaning.kind === 'calendar' && c.meaning.year === null && c.meaning.month !== null && next?.rule === 'spelledYear' &&
        next.meaning.kind === 'calendar' && BETWEEN.test(doc.text.slice(c.end, next.start))
      ) {
        out.push({ ...c, end: next.end, meaning: { ...c.meaning, year: next.meaning.year }, rule: `${c.rule}+spelledYear` });
        i++;
        continue;
      }
      out.push(c);
    }
    return out;
  },
};
