import { describe, expect, it } from 'vitest';
import { countFrom } from '../../../../src/facts/dates/anchors/previous-date.js';
import { pairs, triples } from '../helpers.js';

describe('countFrom', () => {
  it('counts in the unit asked from an anchor value', () => {
    expect(countFrom('1995', 'year', 1)).toBe('1996');
    expect(countFrom('2019-12-30', 'month', 1)).toBe('2020-01');
    expect(countFrom('2019-12-31', 'day', 1)).toBe('2020-01-01');
    expect(countFrom('2024-04-10', 'week', 1)).toBe('2024-W16');
  });
});

describe('valueFromPreviousDate (reference 2024-04-12)', () => {
  it('takes the year or month of the latest date before it, not of the publication day', () => {
    expect(pairs('The plant opened in 1995. The following year it doubled its staff.'))
      .toEqual([['1995', '1995'], ['The following year', '1996']]);
    expect(pairs('The canal froze in March 2010. That year the harbour closed, and the following month it reopened.'))
      .toEqual([['March 2010', '2010-03'], ['That year', '2010'], ['the following month', '2010-04']]);
  });

  it('takes the day, with a part of the day when one is named', () => {
    expect(pairs('The strike began on June 3, 2021. Earlier that day, talks had failed; the next morning the gates opened.'))
      .toEqual([['June 3, 2021', '2021-06-03'], ['Earlier that day', '2021-06-03'], ['the next morning', '2021-06-04TMO']]);
    expect(triples('The walls fell on May 9, 2001, and that same day the mayor resigned.').at(-1))
      .toEqual(['that same day', '2001-05-09', null]);
  });

  it('skips dates too coarse for the unit and gives no value with no date before', () => {
    expect(pairs('The bridge opened on August 4, 2002. In 2003 it got a toll, yet locals still mark that day.').at(-1)).toEqual(['that day', '2002-08-04']);
    expect(pairs('That year nobody came.')).toEqual([]);
  });
});
