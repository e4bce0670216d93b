import { describe, expect, it } from 'vitest';
import { relativeUnitParser } from '../../../../src/facts/dates/parsers/relative-unit.js';
import { pairs, parsed } from '../helpers.js';

describe('relativeUnitParser', () => {
  it('finds this/last/next week, month and year but not plural spans', () => {
    expect(parsed(relativeUnitParser, 'Last week and this month, not the next two years nor last years.')).toEqual(['Last week', 'this month']);
  });

  it('resolves weeks to ISO weeks, months to YYYY-MM and years to YYYY', () => {
    expect(pairs('It started last week, peaks this week, ends next week.', '2019-11-18'))
      .toEqual([['last week', '2019-W46'], ['this week', '2019-W47'], ['next week', '2019-W48']]);
    expect(pairs('Sales fell last month but rose last year; they rise next year.'))
      .toEqual([['last month', '2024-03'], ['last year', '2023'], ['next year', '2025']]);
  });

  it('leaves out "the next year" and "the last month", which do not count from the reference day', () => {
    expect(parsed(relativeUnitParser, 'The guide appeared the next year; sales slowed over the last month.')).toEqual([]);
  });

  it('keeps a possessive in the mention', () => {
    expect(pairs('After last year’s drought the lake recovered.')).toEqual([['last year’s', '2023']]);
  });
});

describe('relativeUnitParser: titles', () => {
  it('skips a capitalised "This Week" inside a sentence, a programme or column title, but keeps one opening a sentence', () => {
    expect(parsed(relativeUnitParser, 'The minister said on the radio show "This Week," that talks went well. Last Year the port grew.'))
      .toEqual(['Last Year']);
    expect(parsed(relativeUnitParser, '"This Week the port reopens," she said, and it closed last week.')).toEqual(['This Week', 'last week']);
  });
});
