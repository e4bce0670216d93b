import { describe, expect, it } from 'vitest';
import { triples } from '../helpers.js';


describe('attachPrefixModifiers', () => {
  it('puts early/mid/late in the modifier and keeps the granularity', () => {
    expect(triples('Talks stalled in late March.')).toEqual([['late March', '2024-03', 'late']]);
    expect(triples('A freighter is due in mid-December.')).toEqual([['mid-December', '2024-12', 'mid']]);
    expect(triples('The station aired late Thursday.')).toEqual([['late Thursday', '2024-04-11', 'late']]);
    expect(triples('The session opens in early January.', '2019-11-19')).toEqual([['early January', '2020-01', 'early']]);
  });

  it('takes "end of" without its article, and seasons before a year', () => {
    expect(triples('Funding lasts until the end of 2026.')).toEqual([['end of 2026', '2026', 'end']]);
    expect(triples('Deliveries begin in spring 2025.')).toEqual([['spring 2025', '2025', 'spring']]);
  });

  it('takes earlier/later only before this week/month/year', () => {
    expect(triples('The board met earlier this month.')).toEqual([['earlier this month', '2024-04', 'earlier']]);
    expect(triples('It was later Friday.')).toEqual([['Friday', '2024-04-12', null]]);
  });
});
