/**
 * "that year", "the following month", "earlier that day": the value counts
 * from the latest date before it in the text that is precise enough (a year
 * for "that year", a day for "that day"), not from the publication date. With
 * no such date before it, it gets no value.
 */
import { addDays, addMonths, formatDay, formatIsoWeek, formatMonth, formatYear, parseIsoDay } from '../calendar.js';
import type { ResolvedDate, ValueRefiner } from '../resolved.js';

type Unit = 'day' | 'week' | 'month' | 'year';

const PRECISE_ENOUGH: Record<Unit, RegExp> = {
  year: /^\d{4}/,
  month: /^\d{4}-\d{2}(?![\dW])/,
  week: /^\d{4}-\d{2}-\d{2}/,
  day: /^\d{4}-\d{2}-\d{2}/,
};

const UNITS: readonly Unit[] = ['day', 'week', 'month', 'year'];

/** The value `offset` units after the anchor value, at the unit's granularity. */
export function countFrom(anchor: string, unit: Unit, offset: number): string | null {
  if (unit === 'year') return formatYear(Number(anchor.slice(0, 4)) + offset);
  if (unit === 'month') {
    const m = addMonths({ year: Number(anchor.slice(0, 4)), month: Number(anchor.slice(5, 7)) }, offset);
    return formatMonth(m.year, m.month);
  }
  const day = parseIsoDay(anchor.slice(0, 10));
  if (!day) return null;
  return unit === 'day' ? formatDay(addDays(day, offset)) : formatIsoWeek(addDays(day, offset * 7));
}

export const valueFromPreviousDate: ValueRefiner = {
  name: 'valueFromPreviousDate',
  refine(dates) {
    // One pass in text order, keeping the latest value precise enough for each
    // unit, so a page of many anaphors stays linear.
    const latest: Partial<Record<Unit, string>> = {};
    return dates.map((d) => {
      const m = d.candidate.meaning;
      const anchor = m.kind === 'anaphoric' ? latest[m.unit] : undefined;
      const out = m.kind === 'anaphoric' && anchor ? { ...d, value: countFrom(anchor, m.unit, m.offset), yearKnown: true } : d;
      if (out.value) for (const unit of UNITS) if (PRECISE_ENOUGH[unit].test(out.value)) latest[unit] = out.value;
      return out;
    });
  },
};
