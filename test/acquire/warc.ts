/** Small WARC files built in the test, from invented pages: records as crawlers write them. */
import { gzipSync } from 'node:zlib';

export interface WarcPage {
  uri: string;
  date: string;
  html: string;
  contentType?: string;
  status?: number;
  /** Send the body with Transfer-Encoding: chunked, as many crawls store it. */
  chunked?: boolean;
}

const CRLF = '\r\n';

function record(type: string, uri: string, date: string, block: Buffer, id: number, contentType: string): Buffer {
  const head = [
    'WARC/1.0',
    `WARC-Type: ${type}`,
    `WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-${String(id).padStart(12, '0')}>`,
    `WARC-Date: ${date}`,
    `WARC-Target-URI: ${uri}`,
    `Content-Type: ${contentType}`,
    `Content-Length: ${block.length}`,
  ].join(CRLF);
  return Buffer.concat([Buffer.from(`${head}${CRLF}${CRLF}`), block, Buffer.from(`${CRLF}${CRLF}`)]);
}

function response(page: WarcPage): Buffer {
  const body = Buffer.from(page.html);
  const payload = page.chunked ? Buffer.concat([Buffer.from(`${body.length.toString(16)}${CRLF}`), body, Buffer.from(`${CRLF}0${CRLF}${CRLF}`)]) : body;
  const headers = [
    `HTTP/1.1 ${page.status ?? 200} ${page.status && page.status !== 200 ? 'Not Found' : 'OK'}`,
    `Content-Type: ${page.contentType ?? 'text/html; charset=utf-8'}`,
    page.chunked ? 'Transfer-Encoding: chunked' : `Content-Length: ${body.length}`,
  ].join(CRLF);
  return Buffer.concat([Buffer.from(`${headers}${CRLF}${CRLF}`), payload]);
}

/**
 * A WARC file: a warcinfo record, then for each page a request and its
 * response. `gzip` compresses record by record, as .warc.gz files are.
 */
export function buildWarc(pages: WarcPage[], gzip = false): Buffer {
  let id = 1;
  const records = [record('warcinfo', '', pages[0]?.date ?? '2024-01-01T00:00:00Z', Buffer.from(`software: newsfacts-test${CRLF}`), id++, 'application/warc-fields')];
  for (const page of pages) {
    const request = Buffer.from(`GET ${new URL(page.uri).pathname} HTTP/1.1${CRLF}Host: ${new URL(page.uri).host}${CRLF}${CRLF}`);
    records.push(record('request', page.uri, page.date, request, id++, 'application/http; msgtype=request'));
    records.push(record('response', page.uri, page.date, response(page), id++, 'application/http; msgtype=response'));
  }
  return Buffer.concat(gzip ? records.map((r) => gzipSync(r)) : records);
}
