import { describe, expect, it } from 'vitest';
import { monthDayParser } from '../../../../src/facts/dates/parsers/month-day.js';
import { pairs, parsed } from '../helpers.js';

describe('monthDayParser', () => {
  it('finds month-first dates with and without a year, abbreviated or not', () => {
    expect(parsed(monthDayParser, 'Filed on Sept. 3, due March 21st, signed Nov. 19, 2019 and again on June 2 2020.'))
      .toEqual(['Sept. 3', 'March 21st', 'Nov. 19, 2019', 'June 2 2020']);
  });

  it('rejects impossible days, clocks, decimals and lower-case verbs', () => {
    expect(parsed(monthDayParser, 'Feb. 30 is no day. March 3:30 is a time. The index hit May 4.5 points. We may 5 times.')).toEqual([]);
  });

  it('resolves a missing year by tense', () => {
    expect(pairs('The hearing was held on March 21.')).toEqual([['March 21', '2024-03-21']]);
    expect(pairs('The ruling is scheduled for Feb. 14.')).toEqual([['Feb. 14', '2025-02-14']]);
    expect(pairs('The office reopened on Dec. 2.')).toEqual([['Dec. 2', '2023-12-02']]);
  });

  it('uses the stated year', () => {
    expect(pairs('The treaty was signed on Aug. 6, 1998.')).toEqual([['Aug. 6, 1998', '1998-08-06']]);
  });
});
