/**
 * "June 9 and 10, 2021": the year written after a range's second day
 * (parsers/range-end-day.ts) is the first day's year too. Only that parser's
 * days lend backwards, and only to the day of the same month right before it.
 */
import type { DateCandidate } from '../candidate.js';
import type { DateRefiner } from './refiner.js';

/** "June 9 through 11": the joiner between the two days is never longer. */
const MAX_GAP_CHARS = 10;

export const lendRangeYear: DateRefiner = {
  name: 'lendRangeYear',
  refine(candidates) {
    return candidates.map((c, i) => {
      const next = candidates[i + 1];
      const m = c.meaning;
      const n = next?.meaning;
      if (
        m.kind !== 'calendar' || m.year !== null || m.day === null || !next || !next.rule.startsWith('rangeEndDay') ||
        n?.kind !== 'calendar' || n.year === null || n.month !== m.month || next.start - c.end > MAX_GAP_CHARS
      ) return c;
      return { ...c, meaning: { ...m, year: n.year }, rule: `${c.rule}+lendRangeYear` };
    });
  },
};
