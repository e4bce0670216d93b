import { describe, expect, it } from 'vitest';
import { formatDay } from '../../../src/facts/dates/calendar.js';
import { easterSunday, holidayIn, thanksgiving } from '../../../src/facts/dates/holidays.js';
import { resolveHoliday } from '../../../src/facts/dates/resolve.js';

describe('holiday days', () => {
  it('computes Easter Sunday by the Gregorian computus', () => {
    expect([2000, 2019, 2024, 2025, 2038].map((y) => formatDay(easterSunday(y))))
      .toEqual(['2000-04-23', '2019-04-21', '2024-03-31', '2025-04-20', '2038-04-25']);
  });

  it('computes US Thanksgiving as the fourth Thursday of November, and the days tied to it', () => {
    expect([2019, 2024, 2025].map((y) => formatDay(thanksgiving(y)))).toEqual(['2019-11-28', '2024-11-28', '2025-11-27']);
    expect(formatDay(holidayIn('black friday', 2025))).toBe('2025-11-28');
    expect(formatDay(holidayIn('good friday', 2025))).toBe('2025-04-18');
  });
});

describe('resolveHoliday', () => {
  const reference = { year: 2025, month: 3, day: 12 };
  it('takes the latest occurrence in the past, the coming one in the future', () => {
    expect(formatDay(resolveHoliday('christmas', null, reference, 'past'))).toBe('2024-12-25');
    expect(formatDay(resolveHoliday('christmas', null, reference, 'future'))).toBe('2025-12-25');
    expect(formatDay(resolveHoliday('easter', null, reference, 'past'))).toBe('2024-03-31');
  });

  it('with no tense cue takes the coming one only when close', () => {
    expect(formatDay(resolveHoliday('easter', null, reference, 'unknown'))).toBe('2025-04-20');
    expect(formatDay(resolveHoliday('halloween', null, reference, 'unknown'))).toBe('2024-10-31');
  });

  it('follows last/next/this', () => {
    expect(formatDay(resolveHoliday('thanksgiving', 'last', reference, 'future'))).toBe('2024-11-28');
    expect(formatDay(resolveHoliday('easter', 'next', reference, 'past'))).toBe('2025-04-20');
    expect(formatDay(resolveHoliday('christmas', 'this', reference, 'past'))).toBe('2025-12-25');
  });
});
