import { describe, expect, it } from 'vitest';
import { seasonParser } from '../../../../src/facts/dates/parsers/season.js';
import { pairs, parsed } from '../helpers.js';

describe('seasonParser', () => {
  it('finds seasons with a pointer word or a year', () => {
    expect(parsed(seasonParser, 'The ferry ran last summer and will run next spring, as in the winter of 2019 and autumn 2020.'))
      .toEqual(['last summer', 'next spring', 'the winter of 2019', 'autumn 2020']);
  });

  it('leaves verbs, drops, names and any-year seasons alone', () => {
    expect(parsed(seasonParser, 'Prices may fall; the fall in sales hurt. Leaves turn in fall. The Summer Games opened, and the spring of the clock broke.'))
      .toEqual([]);
    expect(parsed(seasonParser, 'The summer season opened and this winter storm hit.')).toEqual([]);
  });

  it('values seasons as TimeML does, the year from the shift word or the tense', () => {
    expect(pairs('The ferry ran last summer.', '2024-04-12')).toEqual([['last summer', '2023-SU']]);
    expect(pairs('The ferry will run this summer.', '2024-04-12')).toEqual([['this summer', '2024-SU']]);
    expect(pairs('The ferry ran this past spring.', '2024-10-02')).toEqual([['this past spring', '2024-SP']]);
    // January belongs to the winter that began in December.
    expect(pairs('Snow closed the pass this winter.', '2025-01-20')).toEqual([['this winter', '2024-WI']]);
    expect(pairs('The pass closed in the winter of 2019.')).toEqual([['the winter of 2019', '2019-WI']]);
  });
});
