/**
 * "Tuesday, Nov. 29, 2016" and "Thursday Dec. 1" name one day twice: merge the
 * weekday into the date that follows it so the pair is one mention. The
 * weekday stays in the meaning: with no year written, it tells which year is
 * meant ("Saturday, April 25" is the April 25 that falls on a Saturday).
 */
import type { DateCandidate } from '../candidate.js';
import type { DateRefiner } from './refiner.js';

const BETWEEN = /^,?\s{1,3}$/;

export const mergeWeekdayWithDate: DateRefiner = {
  name: 'mergeWeekdayWithDate',
  refine(candidates, doc) {
    const out: DateCandidate[] = [];
    for (let i = 0; i < candidates.length; i++) {
      const c = candidates[i]!;
      const next = candidates[i + 1];
      if (
        c.meaning.kind === 'weekday' && c.meaning.shift === null && next &&
        next.meaning.kind === 'calendar' && next.meaning.day !== null &&
        next.start - c.end <= 4 && BETWEEN.test(doc.text.slice(c.end, next.start))
      ) {
        out.push({ ...next, start: c.start, meaning: { ...next.meaning, weekday: c.meaning.weekday }, rule: 'mergeWeekdayWithDate' });
        i++;
        continue;
      }
      out.push(c);
    }
    return out;
  },
};
