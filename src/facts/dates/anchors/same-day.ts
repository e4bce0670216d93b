/**
 * A day named twice is one day: "tickets go on sale Dec. 6" after
 * "Friday, Dec. 6, 2019", or a sentence naming a date that a dated list also
 * holds. A yearless day takes the year of the nearest mention of the same
 * month and day whose year is known.
 */
import { type ValueRefiner, isYearlessDay, withYear, yearOf } from '../resolved.js';

export const yearFromSameDay: ValueRefiner = {
  name: 'yearFromSameDay',
  refine(dates) {
    return dates.map((d) => {
      const c = d.candidate;
      if (d.yearKnown || !d.value || !isYearlessDay(c)) return d;
      let best: string | null = null;
      let bestDistance = Infinity;
      for (const other of dates) {
        const m = other.candidate.meaning;
        if (!other.yearKnown || !other.value || m.kind !== 'calendar' || m.month !== c.meaning.month || m.day !== c.meaning.day) continue;
        const distance = Math.abs(other.candidate.start - c.start);
        if (distance < bestDistance) [best, bestDistance] = [other.value, distance];
      }
      return best ? { ...d, value: withYear(d.value, yearOf(best)) } : d;
    });
  },
};
