/** "Wednesday night", "yesterday morning", "Friday afternoon": the part of the day becomes the modifier
 * (and, at resolution, the TimeML part-of-day code of the value: part-of-day.ts). */
import type { DateRefiner } from './refiner.js';

const DAYPART_AFTER = /^\s{1,2}(morning|afternoon|evening|night|daytime)(?![A-Za-z])/i;

export const attachDayparts: DateRefiner = {
  name: 'attachDayparts',
  refine(candidates, doc) {
    return candidates.map((c, i) => {
      const m = c.meaning;
      const isDay = m.kind === 'weekday' || m.kind === 'holiday' || (m.kind === 'relative' && m.unit === 'day') || (m.kind === 'calendar' && m.day !== null);
      if (!isDay) return c;
      const next = candidates[i + 1];
      const match = DAYPART_AFTER.exec(doc.text.slice(c.end, c.end + 14));
      if (!match || (next && next.start < c.end + match[0].length)) return c;
      const part = match[1]!.toLowerCase();
      return { ...c, end: c.end + match[0].length, modifier: c.modifier ? `${c.modifier} ${part}` : part, rule: `${c.rule}+daypart` };
    });
  },
};
