/**
 * What travels between the main thread and an extraction worker. A finished
 * input comes back as its record already serialized: JSON.stringify runs in
 * the workers, in parallel, and the main thread only writes strings.
 */
import { projectRecord, stringifyRecord, type RecordShape } from '../serialize.js';
import { SCHEMA_VERSION, type ErrorCode, type ErrorRecord, type FeedRef, type InputRef, type OutputRecord, type WarningCode } from '../schema.js';

export interface ExtractTask {
  input: InputRef;
  feed?: FeedRef;
  /**
   * The input's bytes, or null for a local file that the worker reads itself
   * (input.source, at most maxBytes): then the main thread only hands out
   * paths and stays free to feed the workers.
   */
  bytes: Uint8Array | null;
  maxBytes?: number;
  contentType: string | null;
  url: string | null;
  referenceDate: string | null;
  /** What of the record goes out (--only, --no-text); all of it when absent. */
  shape?: RecordShape;
  /** Report indirect speech too (ExtractOptions.indirect). */
  indirect?: boolean;
}

export interface Done {
  /** The record as one line of JSON (no newline). */
  json: string;
  /** The record's error when it is an error record. */
  error: ErrorRecord['error'] | null;
  /** The article's warnings (none for an error record): --strict fails on them. */
  warnings: WarningCode[];
  /** Time the worker spent reading the input, in ms (0 when it was handed the bytes). */
  readMs: number;
  /** Time spent in article + facts extraction, in ms (0 when it never ran). */
  extractMs: number;
}

/** Feed metadata goes right after `input`, where a reader looks for provenance. */
export function withFeed(record: OutputRecord, feed: FeedRef | undefined): OutputRecord {
  if (!feed) return record;
  const { schemaVersion, input, ...rest } = record;
  return { schemaVersion, input, feed, ...rest } as OutputRecord;
}

export function doneFromRecord(record: OutputRecord, extractMs: number, readMs = 0, shape?: RecordShape): Done {
  const warnings = 'article' in record ? record.article.warnings : [];
  return { json: stringifyRecord(projectRecord(record, shape)), error: 'error' in record ? record.error : null, warnings, readMs, extractMs };
}

/** An error record made outside the pipeline (a worker crashed or ran out of time). */
export function errorDone(input: InputRef, feed: FeedRef | undefined, code: ErrorCode, message: string): Done {
  const record: ErrorRecord = { schemaVersion: SCHEMA_VERSION, input, error: { code, message } };
  return doneFromRecord(withFeed(record, feed), 0);
}
