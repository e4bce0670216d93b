/**
 * The acquire stage: turn what the user named (a path, "-", a URL, a list, a
 * feed) into raw bytes plus what is known about them. Failures are
 * InputErrors that become the input's error record; nothing here prints.
 *
 * This file is the stage's public face only: other stages import from here,
 * and the modules below never import it back.
 */
export { describeFailure, InputError } from './errors.js';
export { isDirectory } from './files.js';
export type { Job } from './job.js';
export { RequestLimiter } from './limiter.js';
export {
  acquire,
  acquireJob,
  acquireLocalFileSync,
  decodeText,
  DEFAULT_MAX_BYTES,
  describeInput,
  inputKindOf,
  isLocalFileJob,
  readStreamFully,
  type Acquired,
  type AcquireOptions,
} from './read.js';
export { isBlank } from './sniff.js';
export { expandSources, type SourceSpec } from './sources.js';
