/**
 * Reading one input's bytes: a path, "-" or a URL, within the size limit and
 * checked to be text. Failures are InputErrors; nothing here prints.
 */
import type { InputKind, InputRef } from '../schema.js';
import { InputError } from './errors.js';
import { readLocalFile, readLocalFileSync } from './files.js';
import type { Job } from './job.js';
import { savePage } from './save.js';
import { assertArticleLike, assertTextLike } from './sniff.js';
import { fetchUrl, type FetchOptions } from './url.js';

export interface Acquired {
  input: InputRef;
  bytes: Uint8Array;
  contentType: string | null;
  /** The final URL after redirects, for URL inputs. */
  url: string | null;
}

export interface AcquireOptions extends FetchOptions {
  /** Largest input accepted, in bytes. */
  maxBytes: number;
  /** Reads standard input; injected so tests and workers can replace it. */
  readStdin: () => Promise<Uint8Array>;
  /** --save-html: keep every fetched page in this folder. */
  saveHtmlDir?: string | null;
  /** The bytes are a feed, not an article (so a feed's look is no reason to refuse them). */
  feed?: boolean;
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/**
 * Any scheme:// (and the schemes that never have one, data: and the like)
 * is a URL; fetchUrl refuses all but http(s) with EUNSUPPORTED. A file: URL
 * is refused too: a list of URLs from elsewhere must not read local files;
 * name the path instead. The rest are paths (C:\\ has a one-letter scheme).
 */
export function inputKindOf(source: string): InputKind {
  if (source === '-') return 'stdin';
  if (/^[a-z][a-z0-9+.-]+:\/\//i.test(source) || /^(data|javascript|mailto|about|blob):/i.test(source)) return 'url';
  return 'file';
}

export function describeInput(source: string): InputRef {
  return { source, kind: inputKindOf(source) };
}

export async function acquire(source: string, options: AcquireOptions): Promise<Acquired> {
  const input = describeInput(source);
  let bytes: Uint8Array;
  let contentType: string | null = null;
  let url: string | null = null;
  if (input.kind === 'stdin') {
    bytes = await options.readStdin();
  } else if (input.kind === 'url') {
    const response = await fetchUrl(source, options);
    ({ bytes, contentType, url } = response);
    if (options.saveHtmlDir) await savePage(options.saveHtmlDir, response.url, bytes);
  } else {
    bytes = await readLocalFile(source, options.maxBytes);
  }
  checkAcquired(bytes, source, options.maxBytes, options.feed);
  return { input, bytes, contentType, url };
}

/** Every input's bytes, however they came: within the size limit, and text that may be an article. */
function checkAcquired(bytes: Uint8Array, source: string, maxBytes: number, feed = false): void {
  if (bytes.length > maxBytes) {
    throw new InputError('ETOOLARGE', `${source} is ${bytes.length} bytes, over the limit of ${maxBytes}`);
  }
  if (feed) assertTextLike(bytes, source);
  else assertArticleLike(bytes, source);
}

/** A job that only names a local file: a worker thread can read it itself (acquireLocalFileSync). */
export function isLocalFileJob(job: Job): boolean {
  return !job.error && !job.bytes && job.input.kind === 'file';
}

/** A local file's bytes, blocking, with the same checks and errors as acquire(). */
export function acquireLocalFileSync(path: string, maxBytes: number): Uint8Array {
  const bytes = readLocalFileSync(path, maxBytes);
  checkAcquired(bytes, path, maxBytes);
  return bytes;
}

/** Read all of standard input (bounded by maxBytes + 1 so oversize is detected). */
export async function readStreamFully(stream: NodeJS.ReadableStream, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array);
    total += buffer.length;
    if (total > maxBytes) throw new InputError('ETOOLARGE', `standard input is over the limit of ${maxBytes} bytes`);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

/** A job's bytes: in hand already, or acquired from its source. */
export async function acquireJob(job: Job, options: AcquireOptions): Promise<Acquired> {
  if (job.error) throw job.error;
  if (job.bytes) return { input: job.input, bytes: job.bytes, contentType: job.contentType ?? null, url: job.asUrl ?? null };
  const acquired = await acquire(job.input.source, options);
  return job.asUrl ? { ...acquired, input: job.input, url: job.asUrl } : { ...acquired, input: job.input };
}

/**
 * Bytes to text for formats we parse here (feeds): the charset from the
 * Content-Type header first, then an XML declaration, else UTF-8.
 */
export function decodeText(bytes: Uint8Array, contentType: string | null): string {
  const declared =
    /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '')?.[1] ??
    /^\s*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)/i.exec(new TextDecoder('latin1').decode(bytes.subarray(0, 200)))?.[1];
  try {
    return new TextDecoder(declared ?? 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}
