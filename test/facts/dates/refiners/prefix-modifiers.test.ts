import { describe, expect, it } from 'vitest';
import { triples } from '../helpers.js';


describe('attachPrefixModifiers', () => {
  it('puts early/mid/late in the modifier and keeps the granularity', () => {
    expect(triples('Talks stalled in late March.')).toEqual([['late March', '2024-03', 'late']]);
    expect(triples('A freighter is due in mid-December.')).toEqual([['mid-December', '2024-12', 'mid']]);
    expect(triples('The station aired late Thursday.')).toEqual([['late Thursday', '2024-04-11', 'late']]);
    expect(triples('The session opens in early January.', '2019-11-19')).toEqual([['early January', '2020-01', 'early']]);
  });

  it('takes "end of" without its article; a season before a year is a season, not a modifier', () => {
    expect(triples('Funding lasts until the end of 2026.')).toEqual([['end of 2026', '2026', 'end']]);
    expect(triples('Deliveries begin in spring 2025.')).toEqual([['spring 2025', '2025-SP', null]]);
  });

  it('takes earlier/later before this week/month/year, today and a plain weekday', () => {
    expect(triples('The board met earlier this month.')).toEqual([['earlier this month', '2024-04', 'earlier']]);
    expect(triples('Later Friday, the pier reopened.')).toEqual([['Later Friday', '2024-04-12', 'later']]);
    expect(triples('The mayor spoke earlier today and later on Thursday.')).toEqual([
      ['earlier today', '2024-04-12', 'earlier'], ['later on Thursday', '2024-04-11', 'later'],
    ]);
  });

  it('leaves earlier/later that close a duration', () => {
    expect(triples('Two days later Friday brought rain.')).toEqual([['Friday', '2024-04-12', null]]);
    expect(triples('Prices fell for a week earlier this month.')).toEqual([['earlier this month', '2024-04', 'earlier']]);
    expect(triples('The pier reopened last Friday, and a week later Monday.')).toEqual([
      ['last Friday', '2024-04-05', null], ['Monday', '2024-04-08', null],
    ]);
  });
});
