import { describe, expect, it } from 'vitest';
import { currentYearParser } from '../../../../src/facts/dates/parsers/current-year.js';
import { pairs, parsed } from '../helpers.js';

describe('currentYearParser', () => {
  it('values "the current year" and "the full year" as the reference year', () => {
    expect(pairs('The mill sees profit in the current fiscal year and sales flat for the full year.')).toEqual([
      ['the current fiscal year', '2024'], ['the full year', '2024'],
    ]);
  });

  it('leaves "the year" alone and spans after it', () => {
    expect(parsed(currentYearParser, 'In the year since the flood, and the full year after it, the year was long.')).toEqual([]);
  });
});
