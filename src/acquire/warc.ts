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
  try {
    for await (const record of new WARCParser(createReadStream(path))) {
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
      yield { input, bytes, contentType, asUrl: url && /^https?:/i.test(url) ? url : undefined, referenceDate: day };
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException)?.code;
    if (code === 'ENOENT') yield { input: file, error: new InputError('ENOENT', `no such file: ${path}`) };
    else yield { input: file, error: new InputError('EPARSE', `cannot read the WARC file ${path} after ${records} pages: ${(error as Error)?.message ?? String(error)}`) };
    return;
  }
  if (records === 0) yield { input: file, error: new InputError('EPARSE', `no HTML responses in the WARC file ${path}`) };
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
