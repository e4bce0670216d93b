import { describe, expect, it } from 'vitest';
import { dropOverlaps } from '../../../../src/facts/dates/refiners/drop-overlaps.js';
import type { DateCandidate } from '../../../../src/facts/dates/candidate.js';
import { createTextDocument } from '../../../../src/facts/text/document.js';
import { pairs } from '../helpers.js';

const year = (start: number, end: number): DateCandidate => ({
  start, end, meaning: { kind: 'calendar', year: 2018, month: null, day: null }, modifier: null, rule: 'test',
});

describe('dropOverlaps', () => {
  it('keeps the longest of overlapping spans and leaves separate ones', () => {
    const kept = dropOverlaps.refine([year(0, 5), year(0, 10), year(6, 10), year(12, 14)], createTextDocument('x'.repeat(20)));
    expect(kept.map((c) => [c.start, c.end])).toEqual([[0, 10], [12, 14]]);
  });

  it('makes "March 2018" one mention rather than a month and a year', () => {
    expect(pairs('The unit was formed in March 2018.')).toEqual([['March 2018', '2018-03']]);
  });
});
