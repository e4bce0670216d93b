/**
 * WARC files (ISO 28500: Common Crawl's CC-NEWS, web archives), plain or
 * gzipped record by record (.warc.gz): each HTTP response carrying an HTML
 * page becomes one job, named by the record's WARC-Target-URI and dated by
 * its WARC-Date. Requests, metadata, revisits, non-HTML and non-2xx
 * responses are skipped: they are no article.
 *
 * The reading is warcio (npm, Webrecorder's port of the Python warcio): it
 * streams, undoes per-record gzip, chunked transfer and Content-Encoding, and
 * tolerates the small format slips real crawls have. It is loaded only when a
 * WARC file is named, and streams one record at a time, so a 1 GB crawl never
 * sits in memory: the job stream is pulled only as fast as records are emitted.
 */
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import type { InputRef } from '../schema.js';
import { InputError } from './errors.js';
import type { Job } from './job.js';

export const WARC_FILE = /\.warc(\.gz)?$/i;

/** HTML responses only: other payloads (images, scripts, robots.txt) are not articles. */
const HTML_TYPE = /^\s*(text\/html|application\/xhtml\+xml)\b/i;

export async function* warcJobs(path: string, maxBytes: number): AsyncGenerator<Job> {
  const { WARCParser } = await import('warcio');
  const file: InputRef = { source: path, kind: 'warc' };
  let records = 0;
  const gzipCheck = /\.gz$/i.test(path) ? gzipIntegrity() : null;
  const source = createReadStream(path);
  try {
    for await (const record of new WARCParser(gzipCheck ? gzipCheck.tee(source) : source)) {
      if (record.warcType !== 'response') continue;
      const http = record.getResponseInfo();
      const contentType = http?.headers.get('content-type') ?? null;
      const status = Number(http?.status);
      if (!contentType || !HTML_TYPE.test(contentType) || !(status >= 200 && status < 300)) continue;
      records++;
      const url = record.warcTargetURI ?? undefined;
      const id = record.warcHeader('WARC-Record-ID') ?? undefined;
      const input: InputRef = { ...file, ...(url ? { url } : {}), ...(id ? { warcRecordId: id } : {}) };
      const day = /^\d{4}-\d{2}-\d{2}/.exec(record.warcDate ?? '')?.[0];
      const bytes = await payload(record, maxBytes);
      if (bytes === null) {
        yield { input, error: new InputError('ETOOLARGE', `${url ?? 'a record'} in ${path} is over the limit of ${maxBytes} bytes`) };
        continue;
      }
      if (cutShort(record)) {
        yield { input, error: new InputError('ETRUNCATED', `${url ?? 'a record'} in ${path} is cut short: the file ends inside it (an interrupted download or copy?)`) };
        return;
      }
      yield { input, bytes, contentType, asUrl: url && /^https?:/i.test(url) ? url : undefined, referenceDate: day };
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException)?.code;
    if (code === 'ENOENT') yield { input: file, error: new InputError('ENOENT', `no such file: ${path}`) };
    else yield { input: file, error: new InputError('EPARSE', `cannot read the WARC file ${path} after ${records} pages: ${(error as Error)?.message ?? String(error)}`) };
    return;
  }
  // A .warc.gz cut inside its last gzip member loses that record without a
  // word from the reader (it sees a stream that simply ends), so the bytes
  // are checked by zlib too: a run must not report success on half a crawl.
  if (gzipCheck && !(await gzipCheck.complete())) {
    yield { input: file, error: new InputError('ETRUNCATED', `the WARC file ${path} is cut short after ${records} page${records === 1 ? '' : 's'}: its last gzip member is incomplete (an interrupted download or copy?)`) };
    return;
  }
  if (records === 0) yield { input: file, error: new InputError('EPARSE', `no HTML responses in the WARC file ${path}`) };
}

/**
 * True when the file ended before the record's declared Content-Length: the
 * record's limit reader (warcio's, not in its typed API) still expects bytes.
 * Checked defensively: a reader without the field is taken as whole.
 */
function cutShort(record: object): boolean {
  const left = (record as { _reader?: { limit?: unknown } })._reader?.limit;
  return typeof left === 'number' && left > 0;
}

/**
 * Passes a file's chunks through unchanged while a zlib gunzip (which knows
 * multi-member files and fails on a truncated one) decodes them on the side;
 * its output is discarded, only its verdict is kept.
 */
function gzipIntegrity() {
  const gunzip = createGunzip();
  gunzip.resume();
  let skipped = false;
  const verdict = new Promise<boolean>((resolve) => {
    gunzip.on('end', () => resolve(true));
    gunzip.on('error', () => resolve(false));
  });
  return {
    async *tee(chunks: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
      let first = true;
      for await (const chunk of chunks) {
        // Named .gz but not gzip (warcio then reads it plain): nothing to check.
        if (first && !(chunk[0] === 0x1f && chunk[1] === 0x8b)) {
          yield chunk;
          yield* chunks;
          gunzip.destroy();
          skipped = true;
          return;
        }
        first = false;
        gunzip.write(chunk);
        yield chunk;
      }
      gunzip.end();
    },
    complete: () => (skipped ? Promise.resolve(true) : verdict),
  };
}

/** The decoded HTTP body, read chunk by chunk so an oversized (or compression-bomb) record stops at the limit: null. */
async function payload(record: AsyncIterable<Uint8Array>, maxBytes: number): Promise<Uint8Array | null> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of record) {
    total += chunk.length;
    if (total > maxBytes) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
