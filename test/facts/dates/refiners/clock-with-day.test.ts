import { describe, expect, it } from 'vitest';
import { pairs } from '../helpers.js';

// Reference Friday 2024-04-12.
describe('joinClockWithDay', () => {
  it('makes one expression of a time written right before its day, the time on that day', () => {
    expect(pairs('The strike began at 10 p.m. Wednesday, officials said.')).toEqual([['10 p.m. Wednesday', '2024-04-10T22:00']]);
    expect(pairs('Bids were due by 5 p.m. EST, April 2.')).toEqual([['5 p.m. EST, April 2', '2024-04-02T17:00']]);
    expect(pairs('The ultimatum expired at midnight Tuesday.')).toEqual([['midnight Tuesday', '2024-04-09T24:00']]);
    expect(pairs('Talks resume at noon tomorrow.')).toEqual([['noon tomorrow', '2024-04-13T12:00']]);
  });

  it('keeps a time apart from a day after a preposition, and from a month or a year', () => {
    expect(pairs('The strike began at 10 p.m. on Wednesday.')).toEqual([['10 p.m.', '2024-04-10T22:00'], ['Wednesday', '2024-04-10']]);
    expect(pairs('The shop opened at 9 a.m. March 2023 saw record sales.').map(([t]) => t)).toEqual(['9 a.m.', 'March 2023']);
  });

  it('lets the joined day be the day in focus of a later time', () => {
    expect(pairs('The polls opened at 7 a.m. Tuesday and closed at 8 p.m.')).toEqual([['7 a.m. Tuesday', '2024-04-09T07:00'], ['8 p.m.', '2024-04-09T20:00']]);
  });
});
