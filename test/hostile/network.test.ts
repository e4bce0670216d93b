/**
 * Network faults from a local server (127.0.0.1, port 0, started here): each
 * faulty URL gives exactly one error record with a stable code, within the
 * time limits, and a good URL in the same run still gives its result. Only
 * http: and https: are ever followed.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createNetServer, type Server as NetServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { records, runCli } from './cli.js';

const ARTICLE_HTML = `<!doctype html><html><head><title>Frigates reach the strait</title></head><body><article>
<p>Two Zorvian frigates reached the strait on Monday, the navy said.</p>
<p>“We are watching closely,” said Admiral Tessa Quorn, who leads the fleet.</p></article></body></html>`;
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
const MAX_BYTES = 1_000_000;

let server: Server;
let raw: NetServer;
let base: string;
let rawBase: string;
let closedPortUrl: string;
const hits = new Map<string, number>();
const sockets = new Set<Socket>();

function route(req: IncomingMessage, res: ServerResponse): void {
  const url = new URL(req.url ?? '/', base);
  hits.set(url.pathname, (hits.get(url.pathname) ?? 0) + 1);
  switch (url.pathname) {
    case '/ok':
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(ARTICLE_HTML);
      return;
    case '/hang':
      return; // never answers
    case '/hang-body':
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<html><body><p>Half a page');
      return; // headers and a little body, then nothing
    case '/trickle': {
      res.writeHead(200, { 'content-type': 'text/html' });
      const timer = setInterval(() => res.write('a'), 1000);
      res.on('close', () => clearInterval(timer));
      return;
    }
    case '/reset':
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<html><body><p>Cut off in the mid');
      setTimeout(() => req.socket.destroy(), 50);
      return;
    case '/loop':
      res.writeHead(302, { location: '/loop' }).end();
      return;
    case '/ping-pong':
      res.writeHead(301, { location: url.searchParams.get('n') === '1' ? '/ping-pong?n=2' : '/ping-pong?n=1' }).end();
      return;
    case '/to-file':
      res.writeHead(302, { location: 'file:///etc/passwd' }).end();
      return;
    case '/to-data':
      res.writeHead(307, { location: 'data:text/html,<p>injected</p>' }).end();
      return;
    case '/to-javascript':
      res.writeHead(302, { location: 'javascript:alert(1)' }).end();
      return;
    case '/gzip-bomb':
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(gzipSync(Buffer.alloc(10 * 1024 * 1024)));
      return;
    case '/too-big':
      res.writeHead(200, { 'content-type': 'text/html' }).end(Buffer.alloc(2 * MAX_BYTES, 'a'));
      return;
    case '/declared-too-big':
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(5 * MAX_BYTES) });
      res.write('<p>short</p>');
      return;
    case '/png':
      res.writeHead(200, { 'content-type': 'image/png' }).end(PNG);
      return;
    case '/png-as-html':
      res.writeHead(200, { 'content-type': 'text/html' }).end(PNG);
      return;
    case '/500':
      res.writeHead(500).end('boom');
      return;
    case '/503':
      res.writeHead(503, { 'retry-after': '1' }).end('busy');
      return;
    case '/hostile-headers':
      res.writeHead(200, { 'content-type': 'text/html; charset=x-klingon' }).end(ARTICLE_HTML);
      return;
    default:
      res.writeHead(404).end();
  }
}

/** Raw HTTP for what node:http refuses to send: lying Content-Length, broken framing. */
function rawRoute(socket: Socket): void {
  sockets.add(socket);
  socket.on('close', () => sockets.delete(socket));
  socket.on('error', () => {});
  socket.once('data', (data) => {
    const path = /^GET (\S+)/.exec(data.toString())?.[1] ?? '/';
    const body = ARTICLE_HTML;
    if (path === '/short-length') {
      // Promises 10x the body, sends it, closes.
      socket.end(`HTTP/1.1 200 OK\r\ncontent-type: text/html\r\ncontent-length: ${body.length * 10}\r\nconnection: close\r\n\r\n${body}`);
    } else if (path === '/long-length') {
      // Promises less than it sends: the reader must stop at the declared length.
      socket.end(`HTTP/1.1 200 OK\r\ncontent-type: text/html\r\ncontent-length: 40\r\nconnection: close\r\n\r\n${body}${body}`);
    } else if (path === '/bad-chunks') {
      socket.end(`HTTP/1.1 200 OK\r\ncontent-type: text/html\r\ntransfer-encoding: chunked\r\n\r\nzz\r\nnot a chunk\r\n`);
    } else if (path === '/garbage') {
      socket.end('this is not HTTP at all\r\n\r\n');
    } else {
      socket.end('HTTP/1.1 404 Not Found\r\ncontent-length: 0\r\n\r\n');
    }
  });
}

beforeAll(async () => {
  server = createServer(route);
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  raw = createNetServer(rawRoute);
  await new Promise<void>((resolve) => raw.listen(0, '127.0.0.1', resolve));
  rawBase = `http://127.0.0.1:${(raw.address() as AddressInfo).port}`;
  const closed = createNetServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  closedPortUrl = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/nobody-home`;
  await new Promise<void>((resolve) => closed.close(() => resolve()));
});

afterAll(async () => {
  for (const s of sockets) s.destroy();
  await Promise.all([new Promise((r) => server.close(r)), new Promise((r) => raw.close(r))]);
});

describe('network faults: one error record each, the good URL unaffected', () => {
  it('every fault in one run, in input order, within the time limits', async () => {
    const cases: Array<[string, string | string[]]> = [
      [`${base}/ok`, 'result'],
      [closedPortUrl, 'EFETCH'],
      [`${base}/hang`, 'ETIMEOUT'],
      [`${base}/hang-body`, 'ETIMEOUT'],
      [`${base}/trickle`, 'ETIMEOUT'],
      [`${base}/reset`, 'EFETCH'],
      [`${base}/loop`, 'EFETCH'],
      [`${base}/ping-pong?n=1`, 'EFETCH'],
      [`${base}/to-file`, 'EFETCH'],
      [`${base}/to-data`, 'EFETCH'],
      [`${base}/to-javascript`, 'EFETCH'],
      [`${base}/gzip-bomb`, 'ETOOLARGE'],
      [`${base}/too-big`, 'ETOOLARGE'],
      [`${base}/declared-too-big`, 'ETOOLARGE'],
      [`${base}/png`, 'EBINARY'],
      [`${base}/png-as-html`, 'EBINARY'],
      [`${base}/500`, 'EHTTP'],
      [`${base}/503`, 'EHTTP'],
      [`${base}/hostile-headers`, 'result'],
      [`${rawBase}/short-length`, ['EFETCH', 'result']],
      [`${rawBase}/long-length`, ['EFETCH', 'result']],
      [`${rawBase}/bad-chunks`, 'EFETCH'],
      [`${rawBase}/garbage`, 'EFETCH'],
      [`${base}/ok`, 'result'],
    ];
    const urls = cases.map(([url]) => url);
    const run = await runCli(
      ['extract', ...urls, '--timeout', '1500', '--retries', '0', '--max-bytes', String(MAX_BYTES), '--requests', '32'],
      { deadlineMs: 30_000 },
    );
    const all = records(run);
    expect(all.map((r) => r.input.source)).toEqual(urls);
    const codes = all.map((r) => ('error' in r ? r.error.code : 'result'));
    cases.forEach(([url, expected], i) => {
      expect.soft(Array.isArray(expected) ? expected : [expected], `${url} gave ${codes[i]}`).toContain(codes[i]);
    });
    expect(run.status).toBe(1);
    // The two good copies are identical: a fault next door changed nothing.
    expect(all[0]).toEqual(all[all.length - 1]);
    // Redirect targets of other schemes were refused, not fetched: nothing of them is in the output.
    expect(run.stdout).not.toContain('injected');
    expect(run.stdout).not.toMatch(/root:x:0:0/);
  }, 40_000);
});

describe('a feed with 10,000 items', () => {
  it('gives 10,000 records; item links of other schemes are never followed', async () => {
    const items: string[] = [];
    for (let i = 0; i < 10_000; i++) {
      const link =
        i % 1000 === 0 ? `${base}/ok?item=${i}` // fetched
        : i % 4 === 1 ? 'file:///etc/passwd'
        : i % 4 === 2 ? 'javascript:alert(1)'
        : i % 4 === 3 ? `data:text/html,<p>item ${i}</p>`
        : ''; // no link, no content
      items.push(`<item><title>Item ${i} &lt;b&gt;</title><link>${link}</link><pubDate>not a date ${i}</pubDate></item>`);
    }
    const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Hostile feed</title>${items.join('')}</channel></rss>`;
    const feedServer = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed));
    await new Promise<void>((resolve) => feedServer.listen(0, '127.0.0.1', resolve));
    try {
      const before = hits.get('/ok') ?? 0;
      const feedUrl = `http://127.0.0.1:${(feedServer.address() as AddressInfo).port}/feed.xml`;
      const run = await runCli(['extract', '--feed', feedUrl, '--timeout', '5000', '--retries', '0'], { deadlineMs: 45_000 });
      const all = records(run);
      expect(all).toHaveLength(10_000);
      const results = all.filter((r) => !('error' in r));
      expect(results).toHaveLength(10);
      expect((hits.get('/ok') ?? 0) - before).toBe(10);
      for (const r of all) if ('error' in r) expect(r.error.code).toBe('EPARSE');
      expect(run.stdout).not.toMatch(/root:x:0:0/);
      expect(run.status).toBe(1);
    } finally {
      await new Promise((r) => feedServer.close(r));
    }
  }, 60_000);
});
