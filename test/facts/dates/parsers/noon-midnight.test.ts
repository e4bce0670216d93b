import { describe, expect, it } from 'vitest';
import { noonMidnightParser } from '../../../../src/facts/dates/parsers/noon-midnight.js';
import { pairs, parsed } from '../helpers.js';

describe('noonMidnightParser', () => {
  it('finds noon, midday and midnight', () => {
    expect(parsed(noonMidnightParser, 'The court sits at noon, breaks at midday and closes by midnight. Midnight came.'))
      .toEqual(['noon', 'midday', 'midnight', 'Midnight']);
  });

  it('skips names and showdowns', () => {
    expect(parsed(noonMidnightParser, 'They watched Midnight Express and a western about high noon. The afternoon was long.')).toEqual([]);
  });

  it('is 12:00 or TimeML 24:00 of the day in focus', () => {
    expect(pairs('The court will sit at noon on Thursday.')).toEqual([['noon', '2024-04-18T12:00'], ['Thursday', '2024-04-18']]);
    expect(pairs('The ultimatum expired at midnight on Tuesday.')).toEqual([['midnight', '2024-04-09T24:00'], ['Tuesday', '2024-04-09']]);
  });
});
