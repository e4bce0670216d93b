/**
 * "Wednesday night", "this morning", "tonight": a day narrowed to a part of
 * it takes ISO-TimeML's part-of-day code after the day (2024-04-10TNI), as a
 * clock time would ("2024-04-10T20:00"). The part comes from the modifier the
 * day parsers and the dayparts refiner leave; "late"/"early" beside it
 * qualify without changing the value, and "overnight" names no single part.
 */
import { isDayValue } from './calendar.js';

const PART_OF_DAY_CODES: Readonly<Record<string, string>> = {
  morning: 'MO',
  afternoon: 'AF',
  evening: 'EV',
  night: 'NI',
  daytime: 'DT',
};


/** The TimeML code of the part of the day a modifier names ("late night" → "NI"), or null. */
export function partOfDayCode(modifier: string | null): string | null {
  const last = modifier?.split(' ').pop()?.toLowerCase();
  return last ? PART_OF_DAY_CODES[last] ?? null : null;
}

/** A full day's value with the modifier's part of the day after it; any other value as it is. */
export function withPartOfDay(value: string, modifier: string | null): string {
  const code = partOfDayCode(modifier);
  return code && isDayValue(value) ? `${value}T${code}` : value;
}
