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
    // Dates whose year is known, grouped by month and day, in text order: one
    // pass to build, a binary search per yearless day (linear, not pairwise).
    const known = new Map<string, { start: number; value: string }[]>();
    for (const other of dates) {
      const m = other.candidate.meaning;
      if (!other.yearKnown || !other.value || m.kind !== 'calendar') continue;
      const key = `${m.month}-${m.day}`;
      const list = known.get(key) ?? [];
      list.push({ start: other.candidate.start, value: other.value });
      known.set(key, list);
    }
    for (const list of known.values()) list.sort((a, b) => a.start - b.start);
    return dates.map((d) => {
      const c = d.candidate;
      if (d.yearKnown || !d.value || !isYearlessDay(c)) return d;
      const list = known.get(`${c.meaning.month}-${c.meaning.day}`);
      const best = list ? nearest(list, c.start) : null;
      return best ? { ...d, value: withYear(d.value, yearOf(best)) } : d;
    });
  },
};

/** The value of the entry nearest to `offset` in a list sorted by start. */
function nearest(list: readonly { start: number; value: string }[], offset: number): string | null {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  const after = list[lo];
  const before = list[lo - 1];
  if (!before) return after?.value ?? null;
  if (!after) return before.value;
  return offset - before.start <= after.start - offset ? before.value : after.value;
}
