/**
 * The acquire stage: turn what the user named (a path, "-", a URL) into raw
 * bytes plus what is known about them. Failures are InputErrors that become
 * the input's error record; nothing here prints.
 */
import { readFile, stat } from 'node:fs/promises';
import type { InputKind, InputRef } from '../schema.js';
import { InputError, fromSystemError } from './errors.js';
import { assertTextLike } from './sniff.js';
import { fetchUrl, type FetchOptions } from './url.js';

export { InputError } from './errors.js';

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
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export function inputKindOf(source: string): InputKind {
  if (source === '-') return 'stdin';
  if (/^https?:\/\//i.test(source)) return 'url';
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
  } else {
    bytes = await readLocalFile(source, options.maxBytes);
  }
  if (bytes.length > options.maxBytes) {
    throw new InputError('ETOOLARGE', `${source} is ${bytes.length} bytes, over the limit of ${options.maxBytes}`);
  }
  assertTextLike(bytes, source);
  return { input, bytes, contentType, url };
}

async function readLocalFile(path: string, maxBytes: number): Promise<Uint8Array> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new InputError('EISDIR', `is a directory, not a file: ${path}`);
    if (!info.isFile()) throw new InputError('EREAD', `not a regular file: ${path}`);
    if (info.size > maxBytes) {
      throw new InputError('ETOOLARGE', `${path} is ${info.size} bytes, over the limit of ${maxBytes}`);
    }
    return await readFile(path);
  } catch (error) {
    throw fromSystemError(error, path);
  }
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
