import { describe, expect, it } from 'vitest';
import { rangeEndDayParser } from '../../../../src/facts/dates/parsers/range-end-day.js';
import { pairs, parsed } from '../helpers.js';

describe('rangeEndDayParser', () => {
  it('finds the second day of a range or pair written after one month', () => {
    expect(parsed(rangeEndDayParser, 'The fair runs on April 24 and 25, the talks from March 3 to 5, the vote on May 3-4 or June 9 through 11, 2021.'))
      .toEqual(['25', '5', '4', '11, 2021']);
  });

  it('skips counts, backward pairs, impossible days and lower-case months', () => {
    expect(parsed(rangeEndDayParser, 'Rates rose from May 3 to 5 percent. On May 30 and 4 others left. Feb. 28 to 30 is no range. We may 3 and 4.')).toEqual([]);
  });

  it('gives the second day the month, the tense and the written year of the first', () => {
    expect(pairs('The summit will be held on April 24 and 25.')).toEqual([['April 24', '2024-04-24'], ['25', '2024-04-25']]);
    expect(pairs('The talks ran from Feb. 3 to 5.')).toEqual([['Feb. 3', '2024-02-03'], ['5', '2024-02-05']]);
    expect(pairs('The games are on June 9 and 10, 2021.')).toEqual([['June 9', '2021-06-09'], ['10, 2021', '2021-06-10']]);
  });
});
