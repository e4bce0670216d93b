import { describe, expect, it } from 'vitest';
import { monthYearParser } from '../../../../src/facts/dates/parsers/month-year.js';
import { pairs, parsed } from '../helpers.js';

describe('monthYearParser', () => {
  it('finds a month with its year', () => {
    expect(parsed(monthYearParser, 'The pier closed in May 2015 and reopened in October of 2017.')).toEqual(['May 2015', 'October of 2017']);
  });

  it('resolves to year and month only', () => {
    expect(pairs('The pier closed in May 2015.')).toEqual([['May 2015', '2015-05']]);
  });
});
