/** --save-html: keep each fetched page on disk under a name derived from its URL. */
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * A file name that is safe on every file system, readable (host and path),
 * and unique (a hash of the full URL, since two URLs may fold to one name).
 */
export function savedPageName(url: string): string {
  const parsed = new URL(url);
  const readable = `${parsed.host}${parsed.pathname}`.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 100);
  const hash = createHash('sha1').update(url).digest('hex').slice(0, 10);
  return `${readable}-${hash}.html`;
}

export async function savePage(dir: string, url: string, bytes: Uint8Array): Promise<string> {
  const path = join(dir, savedPageName(url));
  await writeFile(path, bytes);
  return path;
}
