import { describe, expect, it } from 'vitest';
import { weekendParser } from '../../../../src/facts/dates/parsers/weekend.js';
import { pairs, parsed } from '../helpers.js';

describe('weekendParser', () => {
  it('finds weekend phrases without their preposition, not the plural', () => {
    expect(parsed(weekendParser, 'Crews worked over the weekend and this weekend; the park shuts on weekends.'))
      .toEqual(['the weekend', 'this weekend']);
    expect(parsed(weekendParser, 'Sales rose this past weekend, unlike last weekend.')).toEqual(['this past weekend', 'last weekend']);
    expect(parsed(weekendParser, 'Prizes go out on the last weekend of the fair.')).toEqual([]);
  });

  it('resolves to the ISO week of the weekend meant (reference Friday 2024-04-12, week 15)', () => {
    expect(pairs('Rain fell over the weekend.')).toEqual([['the weekend', '2024-W14-WE']]);
    expect(pairs('The fair will open this weekend.')).toEqual([['this weekend', '2024-W15-WE']]);
    expect(pairs('Crowds came last weekend.')).toEqual([['last weekend', '2024-W14-WE']]);
    expect(pairs('Crowds will come next weekend.')).toEqual([['next weekend', '2024-W16-WE']]);
  });

  it('reads "last weekend" from a Sunday as the one before', () => {
    expect(pairs('Crowds came last weekend.', '2024-04-14')).toEqual([['last weekend', '2024-W14-WE']]);
    expect(pairs('Crowds came this weekend.', '2024-04-14')).toEqual([['this weekend', '2024-W15-WE']]);
  });
});
