import { extractDates } from '../../../src/facts/dates/index.js';
import type { DateParser } from '../../../src/facts/dates/candidate.js';
import { createTextDocument } from '../../../src/facts/text/document.js';
import type { DateFact } from '../../../src/schema.js';

/** Run the whole date extractor on one text. */
export function datesIn(text: string, referenceDate: string | null = '2024-04-12'): DateFact[] {
  return extractDates(createTextDocument(text), { referenceDate });
}

/** [text, value] pairs, the shape most tests compare. */
export function pairs(text: string, referenceDate: string | null = '2024-04-12'): [string, string][] {
  return datesIn(text, referenceDate).map((d) => [d.text, d.value]);
}

/** The spans one parser recognises, as their texts. */
export function parsed(parser: DateParser, text: string): string[] {
  return parser.parse(createTextDocument(text)).map((c) => text.slice(c.start, c.end));
}

/** [text, value, modifier] triples. */
export function triples(text: string, referenceDate: string | null = '2024-04-12'): [string, string, string | null][] {
  return datesIn(text, referenceDate).map((d) => [d.text, d.value, d.modifier]);
}
