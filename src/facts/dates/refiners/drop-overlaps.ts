/** Where parsers overlap ("March 2018" vs "March" vs "2018"), keep the longest span. */
import type { DateRefiner } from './refiner.js';

export const dropOverlaps: DateRefiner = {
  name: 'dropOverlaps',
  refine(candidates) {
    const byLength = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const kept: typeof candidates = [];
    for (const c of byLength) {
      if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
    }
    return kept.sort((a, b) => a.start - b.start);
  },
};
