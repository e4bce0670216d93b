/**
 * A candidate after resolution: its value, the tense it was read with, and
 * whether its year is certain (written out, inherited, or fixed by a refiner
 * that saw the same day dated elsewhere). Value refiners (anchors/) correct
 * years that the tense of one sentence cannot decide.
 */
import type { TextDocument } from '../text/document.js';
import type { CalendarDay } from './calendar.js';
import type { DateCandidate } from './candidate.js';
import type { Tense } from './tense.js';

export interface ResolvedDate {
  candidate: DateCandidate;
  value: string | null;
  tense: Tense;
  /** True when the year is known rather than guessed from tense. */
  yearKnown: boolean;
}

export interface ValueRefiner {
  readonly name: string;
  /** `reference` is the reference day, null when none is known. */
  refine(dates: ResolvedDate[], doc: TextDocument, reference: CalendarDay | null): ResolvedDate[];
}

/** A month and day with no written year ("June 9", "Sept. 12"). */
export function isYearlessDay(c: DateCandidate): c is DateCandidate & { meaning: { kind: 'calendar'; month: number; day: number } } {
  return c.meaning.kind === 'calendar' && c.meaning.year === null && c.meaning.month !== null && c.meaning.day !== null;
}

/** The same value with its year replaced ("2019-06-09" → "2020-06-09"). */
export function withYear(value: string, year: number): string {
  return String(year).padStart(4, '0') + value.slice(4);
}

export const yearOf = (value: string): number => Number(value.slice(0, 4));

/** False for an anchor-free value ("XXXX-03-03"): its year is unknown, so it anchors nothing. */
export const hasYear = (value: string): boolean => /^\d{4}/.test(value);
