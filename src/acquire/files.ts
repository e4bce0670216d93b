/**
 * Local inputs: one file (gunzipped when it ends in .gz), or a folder walked
 * recursively in a stable order, yielding only the kinds of file we read.
 */
import { opendir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { InputError, fromSystemError } from './errors.js';

const gunzipAsync = promisify(gunzip);

/** What a folder walk picks up: pages and plain text, gzipped or not. */
export const ARTICLE_FILE = /\.(html?|txt)(\.gz)?$/i;

export async function readLocalFile(path: string, maxBytes: number): Promise<Uint8Array> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new InputError('EISDIR', `is a directory, not a file: ${path}`);
    if (!info.isFile()) throw new InputError('EREAD', `not a regular file: ${path}`);
    if (info.size > maxBytes) {
      throw new InputError('ETOOLARGE', `${path} is ${info.size} bytes, over the limit of ${maxBytes}`);
    }
    const bytes = await readFile(path);
    return /\.gz$/i.test(path) ? await gunzipWithLimit(bytes, maxBytes, path) : bytes;
  } catch (error) {
    throw fromSystemError(error, path);
  }
}

/** Gunzip, stopping at maxBytes of output so a small bomb cannot fill memory. */
export async function gunzipWithLimit(bytes: Uint8Array, maxBytes: number, source: string): Promise<Uint8Array> {
  try {
    return await gunzipAsync(bytes, { maxOutputLength: maxBytes });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE') {
      throw new InputError('ETOOLARGE', `${source} unpacks to over the limit of ${maxBytes} bytes`);
    }
    throw new InputError('EREAD', `cannot gunzip ${source}: ${(error as Error).message}`);
  }
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
