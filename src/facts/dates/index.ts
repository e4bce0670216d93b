import type { DateFact } from '../../schema.js';
import type { TextDocument } from '../text/document.js';

export interface DateContext {
  /** YYYY-MM-DD: the day relative expressions resolve against; null when unknown. */
  referenceDate: string | null;
}

/** Dates: every time expression, normalized to ISO at its own granularity. */
export function extractDates(_doc: TextDocument, _context: DateContext): DateFact[] {
  return [];
}
