import { describe, expect, it } from 'vitest';
import { resolveMeaning, resolveWeekday, yearFor } from '../../../src/facts/dates/resolve.js';
import { formatDay } from '../../../src/facts/dates/calendar.js';

const FRIDAY = { year: 2024, month: 4, day: 12 };

describe('resolveWeekday', () => {
  const day = (weekday: number, shift: 'last' | 'next' | 'this' | null, tense: 'past' | 'future' | 'unknown') =>
    formatDay(resolveWeekday(weekday, shift, FRIDAY, tense));

  it('takes the most recent such day in the past, the reference day itself included', () => {
    expect(day(3, null, 'past')).toBe('2024-04-10');
    expect(day(5, null, 'past')).toBe('2024-04-12');
    expect(day(6, null, 'unknown')).toBe('2024-04-06');
  });

  it('takes the next such day in the future, the reference day itself included', () => {
    expect(day(0, null, 'future')).toBe('2024-04-14');
    expect(day(5, null, 'future')).toBe('2024-04-12');
  });

  it('makes "last" strictly before and "next" strictly after', () => {
    expect(day(5, 'last', 'past')).toBe('2024-04-05');
    expect(day(5, 'next', 'past')).toBe('2024-04-19');
    expect(day(1, 'next', 'future')).toBe('2024-04-15');
    expect(day(1, 'this', 'past')).toBe('2024-04-15');
  });
});

describe('yearFor', () => {
  it('chooses the most recent occurrence in the past, this month included', () => {
    expect(yearFor(4, null, FRIDAY, 'past')).toBe(2024);
    expect(yearFor(11, null, FRIDAY, 'past')).toBe(2023);
    expect(yearFor(4, 20, FRIDAY, 'past')).toBe(2023);
  });

  it('chooses the next occurrence in the future', () => {
    expect(yearFor(2, 14, FRIDAY, 'future')).toBe(2025);
    expect(yearFor(4, 20, FRIDAY, 'future')).toBe(2024);
  });

  it('with no tense cue, looks back unless the coming occurrence is close', () => {
    expect(yearFor(5, 3, FRIDAY, 'unknown')).toBe(2024);
    expect(yearFor(6, 1, FRIDAY, 'unknown')).toBe(2024);
    expect(yearFor(8, 20, FRIDAY, 'unknown')).toBe(2023);
    expect(yearFor(12, null, FRIDAY, 'unknown')).toBe(2023);
  });
});

describe('resolveMeaning', () => {
  it('keeps the granularity of relative expressions', () => {
    expect(resolveMeaning({ kind: 'relative', unit: 'week', offset: -1 }, FRIDAY, 'past')).toBe('2024-W14');
    expect(resolveMeaning({ kind: 'relative', unit: 'month', offset: -9 }, FRIDAY, 'past')).toBe('2023-07');
    expect(resolveMeaning({ kind: 'relative', unit: 'year', offset: 1 }, FRIDAY, 'past')).toBe('2025');
    expect(resolveMeaning({ kind: 'decade', decade: '198' }, FRIDAY, 'past')).toBe('198');
  });

  it('gives nothing relative without a reference day, anchor-free values for yearless days, and keeps absolute dates', () => {
    expect(resolveMeaning({ kind: 'weekday', weekday: 1, shift: 'last' }, null, 'past')).toBeNull();
    expect(resolveMeaning({ kind: 'weekday', weekday: 0, shift: null }, null, 'past')).toBe('XXXX-WXX-7');
    expect(resolveMeaning({ kind: 'calendar', year: null, month: 3, day: null }, null, 'past')).toBe('XXXX-03');
    expect(resolveMeaning({ kind: 'calendar', year: null, month: 3, day: 9, shift: 'next' }, null, 'past')).toBeNull();
    expect(resolveMeaning({ kind: 'relative', unit: 'day', offset: -1 }, null, 'past')).toBeNull();
    expect(resolveMeaning({ kind: 'calendar', year: 2011, month: 3, day: 4 }, null, 'past')).toBe('2011-03-04');
  });
  it('puts a scheduled weekday on the nearer side of the reference day', () => {
    const wednesday = { year: 2024, month: 4, day: 10 };
    expect(resolveWeekday(5, null, wednesday, 'scheduled')).toEqual({ year: 2024, month: 4, day: 12 });
    expect(resolveWeekday(1, null, wednesday, 'scheduled')).toEqual({ year: 2024, month: 4, day: 8 });
  });
});
