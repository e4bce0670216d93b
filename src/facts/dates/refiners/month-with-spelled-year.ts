/**
 * "January nineteen ninety-seven", "March third, two thousand and one": a
 * month (or month and day) followed by a year said in words is one date.
 * Written years are joined by the month-year and month-day parsers
 * themselves; words are recognised only after parsing, so they join here.
 */
import { type DateRefiner, joinNeighbours } from './refiner.js';

const BETWEEN = /^,?\s{1,2}$/;

export const joinMonthWithSpelledYear: DateRefiner = {
  name: 'joinMonthWithSpelledYear',
  refine(candidates, doc) {
    return joinNeighbours(candidates, (c, next) =>
      c.meaning.kind === 'calendar' && c.meaning.year === null && c.meaning.month !== null && next.rule === 'spelledYear' &&
      next.meaning.kind === 'calendar' && BETWEEN.test(doc.text.slice(c.end, next.start))
        ? { ...c, end: next.end, meaning: { ...c.meaning, year: next.meaning.year }, rule: `${c.rule}+spelledYear` }
        : null);
  },
};
