import { describe, expect, it } from 'vitest';
import { addDays, addMonths, formatIsoWeek, isPossibleDay, parseIsoDay, weekdayOf } from '../../../src/facts/dates/calendar.js';

describe('calendar', () => {
  it('parses the date part of an ISO timestamp and rejects impossible days', () => {
    expect(parseIsoDay('2024-04-12T07:00:00+01:00')).toEqual({ year: 2024, month: 4, day: 12 });
    expect(parseIsoDay('2023-02-29')).toBeNull();
    expect(parseIsoDay(null)).toBeNull();
  });

  it('accepts a day without a year when some year has it', () => {
    expect(isPossibleDay(null, 2, 29)).toBe(true);
    expect(isPossibleDay(null, 2, 30)).toBe(false);
    expect(isPossibleDay(null, 4, 31)).toBe(false);
    expect(isPossibleDay(2023, 2, 29)).toBe(false);
    expect(isPossibleDay(2028, 2, 29)).toBe(true);
  });

  it('adds days across month and leap-year boundaries', () => {
    expect(addDays({ year: 2024, month: 2, day: 28 }, 1)).toEqual({ year: 2024, month: 2, day: 29 });
    expect(addDays({ year: 2024, month: 3, day: 1 }, -1)).toEqual({ year: 2024, month: 2, day: 29 });
  });

  it('adds months across years in both directions', () => {
    expect(addMonths({ year: 2015, month: 7 }, -9)).toEqual({ year: 2014, month: 10 });
    expect(addMonths({ year: 2019, month: 12 }, 1)).toEqual({ year: 2020, month: 1 });
  });

  it('knows weekdays and ISO weeks, including weeks that belong to another year', () => {
    expect(weekdayOf({ year: 2024, month: 4, day: 12 })).toBe(5); // a Friday
    expect(formatIsoWeek({ year: 2019, month: 11, day: 18 })).toBe('2019-W47');
    expect(formatIsoWeek({ year: 2017, month: 1, day: 1 })).toBe('2016-W52');
    expect(formatIsoWeek({ year: 2024, month: 12, day: 30 })).toBe('2025-W01');
  });
});
