/**
 * A record as JSON text: the one serializer, below both the runner (workers
 * send records as text) and the CLI formats (which print them).
 */
import type { Article, OutputRecord } from './schema.js';

/** The parts of a result record that --only may choose; schemaVersion, input and feed always go out. */
export const RECORD_PARTS = ['article', 'actors', 'equipment', 'dates', 'quotes'] as const;
export type RecordPart = (typeof RECORD_PARTS)[number];

/** What of a record goes out (--only, --no-text); absent means all of it. */
export interface RecordShape {
  only: readonly RecordPart[] | null;
  /** Keep article.text (the largest field by far). */
  text: boolean;
}

// Characters JSON.stringify leaves raw that a terminal may act on: DEL, the C1
// controls (U+009B is an 8-bit CSI), bidi overrides, and the line separators
// that break JavaScript readers. They can only occur inside JSON strings, so
// escaping them in the serialized text keeps the value exact (JSON.parse gives
// the same string back) while `newsfacts extract … | cat` stays inert.
const RAW_HAZARDS = /[\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** JSON.stringify, with terminal-active characters written as \u escapes. */
export function stringifyRecord(record: OutputRecord | Partial<OutputRecord>, indent?: number): string {
  return JSON.stringify(record, null, indent).replace(RAW_HAZARDS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * A result record cut to a shape: parts left out are missing keys, not
 * nulls, so a reader can tell "not asked for" from "none found". Error records
 * go out whole (their input and error are all there is).
 */
export function projectRecord(record: OutputRecord, shape: RecordShape | undefined): OutputRecord | Partial<OutputRecord> {
  if (!shape || 'error' in record || (shape.only === null && shape.text)) return record;
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (shape.only && (RECORD_PARTS as readonly string[]).includes(key) && !shape.only.includes(key as RecordPart)) continue;
    if (key === 'article' && !shape.text) {
      const { text: _text, ...article } = value as Article;
      kept[key] = article;
    } else kept[key] = value;
  }
  return kept as Partial<OutputRecord>;
}
