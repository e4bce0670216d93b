import { describe, expect, it } from 'vitest';
import { lendRangeYear } from '../../../../src/facts/dates/refiners/range-year.js';
import type { DateCandidate } from '../../../../src/facts/dates/candidate.js';
import { createTextDocument } from '../../../../src/facts/text/document.js';

const day = (start: number, end: number, month: number, d: number, year: number | null, rule: string): DateCandidate =>
  ({ start, end, meaning: { kind: 'calendar', year, month, day: d }, modifier: null, rule });

describe('lendRangeYear', () => {
  const doc = createTextDocument('The games are on June 9 and 10, 2021.');

  it('gives the first day the year written after the range end', () => {
    const out = lendRangeYear.refine([day(17, 23, 6, 9, null, 'monthDay'), day(28, 36, 6, 10, 2021, 'rangeEndDay')], doc);
    expect(out[0]!.meaning).toMatchObject({ year: 2021, month: 6, day: 9 });
    expect(out[0]!.rule).toBe('monthDay+lendRangeYear');
    expect(out[1]!.meaning).toMatchObject({ year: 2021, day: 10 });
  });

  it('lends nothing from an ordinary dated day, another month, or far away', () => {
    expect(lendRangeYear.refine([day(17, 23, 6, 9, null, 'monthDay'), day(28, 36, 6, 10, 2021, 'monthDay')], doc)[0]!.meaning).toMatchObject({ year: null });
    expect(lendRangeYear.refine([day(17, 23, 5, 9, null, 'monthDay'), day(28, 36, 6, 10, 2021, 'rangeEndDay')], doc)[0]!.meaning).toMatchObject({ year: null });
    expect(lendRangeYear.refine([day(0, 6, 6, 9, null, 'monthDay'), day(28, 36, 6, 10, 2021, 'rangeEndDay')], doc)[0]!.meaning).toMatchObject({ year: null });
  });
});
