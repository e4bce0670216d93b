import { describe, expect, it } from 'vitest';
import { yearEarlierParser } from '../../../../src/facts/dates/parsers/year-earlier.js';
import { pairs, parsed } from '../helpers.js';

describe('yearEarlierParser', () => {
  it('finds "a year earlier", "a year before" and the adjectives "year-earlier", "year-ago"', () => {
    expect(parsed(yearEarlierParser, 'Sales rose from a year earlier; year-ago profit was lower than a year before.'))
      .toEqual(['a year earlier', 'year-ago', 'a year before']);
  });

  it('leaves "a year-long" and "years earlier" alone', () => {
    expect(parsed(yearEarlierParser, 'After a year-long wait, three years earlier, it was a year.')).toEqual([]);
  });

  it('values it as the year before the reference when no quarter is in focus', () => {
    expect(pairs('The mill reopened a year earlier.', '2024-04-12')).toEqual([['a year earlier', '2023']]);
  });
});
