/**
 * "Tuesday, Nov. 29, 2016" and "Thursday Dec. 1" name one day twice: merge the
 * weekday into the date that follows it so the pair is one mention. The
 * weekday stays in the meaning: with no year written, it tells which year is
 * meant ("Saturday, April 25" is the April 25 that falls on a Saturday).
 */
import { type DateRefiner, joinNeighbours } from './refiner.js';

const BETWEEN = /^,?\s{1,3}$/;

export const mergeWeekdayWithDate: DateRefiner = {
  name: 'mergeWeekdayWithDate',
  refine(candidates, doc) {
    return joinNeighbours(candidates, (c, next) =>
      c.meaning.kind === 'weekday' && c.meaning.shift === null &&
      next.meaning.kind === 'calendar' && next.meaning.day !== null &&
      next.start - c.end <= 4 && BETWEEN.test(doc.text.slice(c.end, next.start))
        ? { ...next, start: c.start, meaning: { ...next.meaning, weekday: c.meaning.weekday }, rule: 'mergeWeekdayWithDate' }
        : null);
  },
};
