import { describe, expect, it } from 'vitest';
import { hourOfPartOfDayParser } from '../../../../src/facts/dates/parsers/hour-of-part-of-day.js';
import { pairs, parsed } from '../helpers.js';

describe('hourOfPartOfDayParser', () => {
  it('finds an hour told with its part of the day, in digits or words', () => {
    expect(parsed(hourOfPartOfDayParser, "The ferry leaves at 4 in the morning, returns at three o'clock in the afternoon and docks at 10:30 at night."))
      .toEqual(['4 in the morning', "three o'clock in the afternoon", '10:30 at night']);
  });

  it('skips hours without their part of the day and larger numbers', () => {
    expect(parsed(hourOfPartOfDayParser, 'She ran 14 in the morning heat. At 4 the bell rang. Some 1.5 in the evening.')).toEqual([]);
  });

  it('reads the half of the clock from the part of the day', () => {
    expect(pairs('The ferry left at 4 in the morning.')).toEqual([['4 in the morning', '2024-04-12T04:00']]);
    expect(pairs('The ferry left at 12 in the morning.')).toEqual([['12 in the morning', '2024-04-12T00:00']]);
    expect(pairs('The ferry left at seven in the evening.')).toEqual([['seven in the evening', '2024-04-12T19:00']]);
    expect(pairs('The ferry left at 10 at night, the pilot at 2 at night.')).toEqual([['10 at night', '2024-04-12T22:00'], ['2 at night', '2024-04-12T02:00']]);
  });
});
