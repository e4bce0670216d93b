/**
 * Local inputs: one file (gunzipped when it ends in .gz), or a folder walked
 * recursively in a stable order, yielding only the kinds of file we read.
 */
import { readFileSync, statSync, type Stats } from 'node:fs';
import { opendir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzip, gunzipSync } from 'node:zlib';
import { InputError, fromSystemError } from './errors.js';

const gunzipAsync = promisify(gunzip);

/** What a folder walk picks up: pages, plain text and WARC files, gzipped or not. */
export const ARTICLE_FILE = /\.(html?|txt|warc)(\.gz)?$/i;

export async function readLocalFile(path: string, maxBytes: number): Promise<Uint8Array> {
  try {
    checkReadable(await stat(path), path, maxBytes);
    const bytes = await readFile(path);
    return isGzipPath(path) ? await gunzipAsync(bytes, { maxOutputLength: maxBytes }).catch(gunzipFailure(maxBytes, path)) : bytes;
  } catch (error) {
    throw fromSystemError(error, path);
  }
}

/**
 * The same read, blocking: for a worker thread, which does one input at a
 * time anyway, so the main thread only hands out paths (see runner/).
 */
export function readLocalFileSync(path: string, maxBytes: number): Uint8Array {
  try {
    checkReadable(statSync(path), path, maxBytes);
    const bytes = readFileSync(path);
    if (!isGzipPath(path)) return bytes;
    try {
      return gunzipSync(bytes, { maxOutputLength: maxBytes });
    } catch (error) {
      return gunzipFailure(maxBytes, path)(error);
    }
  } catch (error) {
    throw fromSystemError(error, path);
  }
}

const isGzipPath = (path: string) => /\.gz$/i.test(path);

/** Only regular files within the size limit are read (a FIFO would block, a folder is not an article). */
function checkReadable(info: Stats, path: string, maxBytes: number): void {
  if (info.isDirectory()) throw new InputError('EISDIR', `is a directory, not a file: ${path}`);
  if (!info.isFile()) throw new InputError('EREAD', `not a regular file: ${path}`);
  if (info.size > maxBytes) {
    throw new InputError('ETOOLARGE', `${path} is ${info.size} bytes, over the limit of ${maxBytes}`);
  }
}

/** A gunzip failure as the input's error; the output limit stops a small bomb from filling memory. */
function gunzipFailure(maxBytes: number, source: string): (error: unknown) => never {
  return (error) => {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE') {
      throw new InputError('ETOOLARGE', `${source} unpacks to over the limit of ${maxBytes} bytes`);
    }
    throw new InputError('EREAD', `cannot gunzip ${source}: ${(error as Error).message}`);
  };
}

export async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Every article file under `root`, depth first, names in code-point order
 * (the same on every machine and locale). Hidden entries are skipped and
 * symbolic links to folders are not followed, so the walk always ends. Only
 * one folder's names are held at a time per level.
 */
export async function* walkFolder(root: string): AsyncGenerator<string> {
  const names: Array<{ name: string; dir: boolean }> = [];
  const dir = await opendir(root);
  for await (const entry of dir) {
    if (entry.name.startsWith('.')) continue;
    if (entry.isDirectory()) names.push({ name: entry.name, dir: true });
    else if ((entry.isFile() || entry.isSymbolicLink()) && ARTICLE_FILE.test(entry.name)) names.push({ name: entry.name, dir: false });
  }
  names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const { name, dir: isDir } of names) {
    const path = join(root, name);
    if (isDir) yield* walkFolder(path);
    else yield path;
  }
}
