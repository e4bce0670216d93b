import { describe, expect, it } from 'vitest';
import { numericDateParser } from '../../../../src/facts/dates/parsers/numeric-date.js';
import { pairs, parsed } from '../helpers.js';

describe('numericDateParser', () => {
  it('finds ISO and slashed dates', () => {
    expect(parsed(numericDateParser, 'Posted 2023-10-05, updated 2023/10/06 and 10/7/23.')).toEqual(['2023-10-05', '2023/10/06', '10/7/23']);
  });

  it('rejects impossible dates, fractions and parts of longer runs', () => {
    expect(parsed(numericDateParser, 'Scores 13/13/13, ratio 1/2, code 12/12/2012/4, 2023-13-40.')).toEqual([]);
  });

  it('resolves US order, or day first when the first number cannot be a month', () => {
    expect(pairs('Filed 11/18/19 and 25/12/2020.')).toEqual([['11/18/19', '2019-11-18'], ['25/12/2020', '2020-12-25']]);
  });
});
