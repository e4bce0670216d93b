/** Where parsers overlap ("March 2018" vs "March" vs "2018"), keep the longest span. */
import type { DateRefiner } from './refiner.js';

export const dropOverlaps: DateRefiner = {
  name: 'dropOverlaps',
  refine(candidates) {
    const byLength = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    // Characters already claimed by a kept span: checking a candidate costs its
    // own length, not the number kept (a page of 50,000 dates stays linear).
    const claimed = new Uint8Array(candidates.reduce((max, c) => Math.max(max, c.end), 0));
    const kept: typeof candidates = [];
    for (const c of byLength) {
      if (claimed.subarray(c.start, c.end).includes(1)) continue;
      claimed.fill(1, c.start, c.end);
      kept.push(c);
    }
    return kept.sort((a, b) => a.start - b.start);
  },
};
