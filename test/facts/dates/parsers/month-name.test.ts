import { describe, expect, it } from 'vitest';
import { monthNameParser } from '../../../../src/facts/dates/parsers/month-name.js';
import { pairs, parsed } from '../helpers.js';

describe('monthNameParser', () => {
  it('finds full month names standing alone', () => {
    expect(parsed(monthNameParser, 'Prices rose in January and fell in September.')).toEqual(['January', 'September']);
  });

  it('needs a date-ish word before May and March', () => {
    expect(parsed(monthNameParser, 'May the best team win. March with us. It rained in May and in early March.')).toEqual(['May', 'March']);
  });

  it('rejects a month that is a first name', () => {
    expect(parsed(monthNameParser, 'The reporter April Kessler asked twice.')).toEqual([]);
  });

  it('resolves past and future to the right year', () => {
    expect(pairs('The plant closed in September.')).toEqual([['September', '2023-09']]);
    expect(pairs('The plant will reopen in September.')).toEqual([['September', '2024-09']]);
    expect(pairs('The plant closed in April.')).toEqual([['April', '2024-04']]);
  });

  it('reads last/next/this before a month against the reference month', () => {
    expect(pairs('Prices peaked last February, fell last April and may recover next March or this June.')).toEqual([
      ['last February', '2024-02'], ['last April', '2023-04'], ['next March', '2025-03'], ['this June', '2024-06'],
    ]);
  });
});

describe('monthNameParser: frequencies', () => {
  it('skips a month after every/each', () => {
    expect(parsed(monthNameParser, 'Floods return every November and each May, as in June.')).toEqual(['June']);
  });
});
