import type { FeedRef, InputRef } from '../schema.js';
import type { InputError } from './errors.js';

/** One input on its way to a record. */
export interface Job {
  input: InputRef;
  feed?: FeedRef;
  /** Bytes already in hand (a feed item that carries its article). */
  bytes?: Uint8Array;
  contentType?: string | null;
  /** Treat the page as if fetched from this URL (--html FILE --url URL). */
  asUrl?: string;
  /** The day relative dates count from when the article states none (a WARC record's WARC-Date). */
  referenceDate?: string;
  /** A failure known before reading anything (an empty folder, a broken feed). */
  error?: InputError;
}
