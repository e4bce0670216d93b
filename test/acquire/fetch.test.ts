import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { decodeText } from '../../src/acquire/index.js';
import { RequestLimiter } from '../../src/acquire/limiter.js';
import { fetchUrl, parseRetryAfter, USER_AGENT, type FetchOptions } from '../../src/acquire/url.js';
import { page, startServer, type TestServer } from './server.js';

const HTML = '<html><head><title>Bridge reopens</title></head><body><p>The county bridge reopened on Monday.</p></body></html>';

const options = (extra: Partial<FetchOptions> = {}): FetchOptions => ({
  timeoutMs: 2000,
  maxBytes: 64 * 1024,
  maxRedirects: 3,
  headers: {},
  retries: 2,
  retryDelayMs: 10,
  maxRetryAfterMs: 50,
  ...extra,
});

async function failure(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    return error as { code: string; message: string };
  }
  throw new Error('expected the fetch to fail');
}

let server: TestServer;
let flaky = 0;

beforeAll(async () => {
  server = await startServer({
    '/page': page(HTML),
    '/echo': (req, res) => res.end(JSON.stringify({ ua: req.headers['user-agent'], extra: req.headers['x-test'] })),
    '/hop1': (_req, res) => res.writeHead(302, { location: '/hop2' }).end(),
    '/hop2': (_req, res) => res.writeHead(301, { location: '/page' }).end(),
    '/loop': (_req, res) => res.writeHead(302, { location: '/loop' }).end(),
    '/to-file': (_req, res) => res.writeHead(302, { location: 'file:///etc/passwd' }).end(),
    '/to-data': (_req, res) => res.writeHead(307, { location: 'data:text/html,<p>hi</p>' }).end(),
    '/gzip': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
      res.end(gzipSync(HTML));
    },
    '/bomb': (_req, res) => {
      // 200 KB of text squeezed to a few hundred bytes: over the limit once decoded.
      res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' });
      res.end(gzipSync('a'.repeat(200 * 1024)));
    },
    '/latin1': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=windows-1252' });
      res.end(Buffer.from([0x3c, 0x70, 0x3e, 0x43, 0x61, 0x66, 0xe9, 0x3c, 0x2f, 0x70, 0x3e])); // <p>Café</p>
    },
    '/missing': (_req, res) => res.writeHead(404).end('gone'),
    '/broken': (_req, res) => res.writeHead(500).end('oops'),
    '/slow-headers': (_req, res) => {
      const timer = setTimeout(() => res.end(HTML), 1500);
      res.on('close', () => clearTimeout(timer));
    },
    '/slow-body': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<p>first');
      const timer = setTimeout(() => res.end('</p>'), 1500);
      res.on('close', () => clearTimeout(timer));
    },
    '/big-declared': (_req, res) => res.writeHead(200, { 'content-length': String(100 * 1024) }).end('x'.repeat(100 * 1024)),
    '/big-chunked': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      for (let i = 0; i < 10; i++) res.write('y'.repeat(10 * 1024));
      res.end();
    },
    '/flaky': (_req, res) => {
      flaky++;
      if (flaky === 1) res.writeHead(429, { 'retry-after': '0' }).end('slow down');
      else if (flaky === 2) res.writeHead(503).end('busy');
      else page(HTML)(_req, res);
    },
    '/always-busy': (_req, res) => res.writeHead(503, { 'retry-after': '1' }).end('busy'),
    '/slowish': (_req, res) => {
      setTimeout(() => res.end(HTML), 60);
    },
  });
});

afterAll(() => server.close());

describe('fetchUrl against a local server', () => {
  it('returns the bytes, the content type and the final URL', async () => {
    const r = await fetchUrl(server.url('/page'), options());
    expect(new TextDecoder().decode(r.bytes)).toBe(HTML);
    expect(r.contentType).toBe('text/html; charset=utf-8');
    expect(r.url).toBe(server.url('/page'));
  });

  it('sends its User-Agent and the extra --header values', async () => {
    const r = await fetchUrl(server.url('/echo'), options({ headers: { 'x-test': 'yes' } }));
    expect(JSON.parse(new TextDecoder().decode(r.bytes))).toEqual({ ua: USER_AGENT, extra: 'yes' });
  });

  it('follows a chain of redirects and reports where it ended', async () => {
    const r = await fetchUrl(server.url('/hop1'), options());
    expect(r.url).toBe(server.url('/page'));
    expect(new TextDecoder().decode(r.bytes)).toBe(HTML);
  });

  it('stops a redirect loop after maxRedirects hops with EFETCH', async () => {
    const before = server.hits.get('/loop') ?? 0;
    const e = await failure(fetchUrl(server.url('/loop'), options()));
    expect(e.code).toBe('EFETCH');
    expect(e.message).toMatch(/too many redirects/);
    expect((server.hits.get('/loop') ?? 0) - before).toBe(4);
  });

  it('refuses redirects to file: and data: URLs', async () => {
    expect(await failure(fetchUrl(server.url('/to-file'), options()))).toMatchObject({ code: 'EFETCH', message: expect.stringMatching(/file:/) });
    expect(await failure(fetchUrl(server.url('/to-data'), options()))).toMatchObject({ code: 'EFETCH', message: expect.stringMatching(/data:/) });
  });

  it('decodes gzip bodies', async () => {
    const r = await fetchUrl(server.url('/gzip'), options());
    expect(new TextDecoder().decode(r.bytes)).toBe(HTML);
  });

  it('applies the size limit to decoded bytes, so a gzip bomb stops at the limit', async () => {
    const e = await failure(fetchUrl(server.url('/bomb'), options()));
    expect(e.code).toBe('ETOOLARGE');
    expect(e.message).toMatch(/decoded/);
  });

  it('refuses oversized bodies whether or not Content-Length declares them', async () => {
    expect((await failure(fetchUrl(server.url('/big-declared'), options()))).code).toBe('ETOOLARGE');
    expect((await failure(fetchUrl(server.url('/big-chunked'), options()))).code).toBe('ETOOLARGE');
  });

  it('passes the header charset through, and decodeText honours it', async () => {
    const r = await fetchUrl(server.url('/latin1'), options());
    expect(r.contentType).toMatch(/windows-1252/);
    expect(decodeText(r.bytes, r.contentType)).toBe('<p>Café</p>');
  });

  it('turns 404 and 500 into EHTTP without retrying', async () => {
    const before = server.hits.get('/broken') ?? 0;
    expect(await failure(fetchUrl(server.url('/missing'), options()))).toMatchObject({ code: 'EHTTP', message: expect.stringMatching(/404/) });
    expect(await failure(fetchUrl(server.url('/broken'), options()))).toMatchObject({ code: 'EHTTP', message: expect.stringMatching(/500/) });
    expect((server.hits.get('/broken') ?? 0) - before).toBe(1);
  });

  it('times out on a server that is slow to answer, and on one slow to finish the body', async () => {
    expect((await failure(fetchUrl(server.url('/slow-headers'), options({ timeoutMs: 200 })))).code).toBe('ETIMEOUT');
    expect((await failure(fetchUrl(server.url('/slow-body'), options({ timeoutMs: 200 })))).code).toBe('ETIMEOUT');
  });

  it('retries 429 and 503, then succeeds', async () => {
    flaky = 0;
    const r = await fetchUrl(server.url('/flaky'), options());
    expect(new TextDecoder().decode(r.bytes)).toBe(HTML);
    expect(flaky).toBe(3);
  });

  it('gives up after the retries with EHTTP, waiting no longer than the Retry-After cap', async () => {
    const before = server.hits.get('/always-busy') ?? 0;
    const e = await failure(fetchUrl(server.url('/always-busy'), options({ retries: 2, maxRetryAfterMs: 20 })));
    expect(e).toMatchObject({ code: 'EHTTP', message: expect.stringMatching(/503/) });
    expect((server.hits.get('/always-busy') ?? 0) - before).toBe(3);
  });

  it('reports a refused connection as EFETCH after retrying', async () => {
    const closed = await startServer({});
    const url = closed.url('/page');
    await closed.close();
    const e = await failure(fetchUrl(url, options({ retries: 1 })));
    expect(e.code).toBe('EFETCH');
    expect(e.message).toMatch(/ECONNREFUSED/);
  });

  it('keeps at most 2 requests in flight to one host when a limiter is shared', async () => {
    const limiter = new RequestLimiter(8, 2);
    const all = Array.from({ length: 6 }, () => fetchUrl(server.url('/slowish'), options({ limiter })));
    const results = await Promise.all(all);
    expect(results).toHaveLength(6);
    expect(server.maxConcurrent).toBe(2);
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates, and ignores nonsense', () => {
    expect(parseRetryAfter('3')).toBe(3000);
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:10 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(10_000);
    expect(parseRetryAfter('soon')).toBeNull();
    expect(parseRetryAfter(null)).toBeNull();
  });
});
