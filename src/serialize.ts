/**
 * A record as JSON text: the one serializer, below both the runner (workers
 * send records as text) and the CLI formats (which print them).
 */
import type { OutputRecord } from './schema.js';

// Characters JSON.stringify leaves raw that a terminal may act on: DEL, the C1
// controls (U+009B is an 8-bit CSI), bidi overrides, and the line separators
// that break JavaScript readers. They can only occur inside JSON strings, so
// escaping them in the serialized text keeps the value exact (JSON.parse gives
// the same string back) while `newsfacts extract … | cat` stays inert.
const RAW_HAZARDS = /[\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** JSON.stringify, with terminal-active characters written as \u escapes. */
export function stringifyRecord(record: OutputRecord, indent?: number): string {
  return JSON.stringify(record, null, indent).replace(RAW_HAZARDS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
