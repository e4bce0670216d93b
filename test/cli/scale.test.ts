import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BIN, ROOT, run, type Run } from './helpers.js';
import { atom, rss } from '../acquire/feeds.js';
import { page, startServer, type TestServer } from '../acquire/server.js';

/** Like run(), without blocking the event loop, so a server in this process can answer the CLI. */
function runAsync(args: string[], input = ''): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    child.stdin.end(input);
  });
}

const records = (r: Run) => r.stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));

/** A folder of small invented stories, some nested, one gzipped. */
function storyFolder(count: number): string {
  const root = mkdtempSync(join(tmpdir(), 'newsfacts-scale-'));
  for (let i = 0; i < count; i++) {
    const dir = join(root, i % 3 === 0 ? 'nested' : '');
    mkdirSync(dir, { recursive: true });
    const text = `Story ${i}\n\nThe town council of Elmbrook met on Tuesday and approved plan number ${i}, the mayor said.`;
    if (i === 4) writeFileSync(join(dir, `story-${String(i).padStart(2, '0')}.txt.gz`), gzipSync(text));
    else writeFileSync(join(dir, `story-${String(i).padStart(2, '0')}.txt`), text);
  }
  return root;
}

describe('extract at scale: folders, lists, ordering, workers', () => {
  const root = storyFolder(12);

  it('walks a folder in sorted order, gunzips .gz, and gives identical output with --jobs 1 and --jobs 2', () => {
    const one = run(['extract', root, '--jobs', '1']);
    const two = run(['extract', root, '--jobs', '2']);
    expect(one.status).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    const sources = records(one).map((r) => r.input.source.slice(root.length + 1));
    expect(sources).toHaveLength(12);
    expect(sources[0]).toMatch(/^nested\//);
    expect(sources).toContain('story-04.txt.gz');
    expect([...sources]).toEqual([...sources].sort());
    const gz = records(one).find((r) => r.input.source.endsWith('.gz'));
    expect(gz.article.text).toContain('plan number 4');
  });

  it('gives the same records and error codes with one worker (--jobs 1) as with two (--jobs 2)', () => {
    const bad = mkdtempSync(join(tmpdir(), 'newsfacts-bad-'));
    writeFileSync(join(bad, 'image.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]));
    writeFileSync(join(bad, 'large.txt'), 'word '.repeat(1000));
    writeFileSync(join(bad, 'broken.txt.gz'), 'not gzip');
    writeFileSync(join(bad, 'bomb.txt.gz'), gzipSync('z'.repeat(100_000)));
    writeFileSync(join(bad, 'fine.txt'), 'Bridge opens\n\nThe new bridge opened on Monday, the mayor said.');
    const list = ['image.html', 'large.txt', 'broken.txt.gz', 'bomb.txt.gz', 'missing.txt', 'fine.txt'].map((f) => join(bad, f));
    const args = ['extract', '--input-list', '-', '--max-bytes', '3000'];
    const one = run([...args, '--jobs', '1'], { input: list.join('\n') });
    const two = run([...args, '--jobs', '2'], { input: list.join('\n') });
    expect(two.stdout).toBe(one.stdout);
    expect([one.status, two.status]).toEqual([1, 1]);
    expect(records(two).map((r) => r.error?.code ?? 'result')).toEqual(['EBINARY', 'ETOOLARGE', 'EREAD', 'ETOOLARGE', 'ENOENT', 'result']);
  });

  it('gives the same records for --input-list - fed in chunks as for one run (the map-step contract)', () => {
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.txt(\.gz)?$/.test(f))
      .map((f) => join(root, f))
      .sort();
    const whole = run(['extract', '--input-list', '-', '--jobs', '2'], { input: `${files.join('\n')}\n` });
    let pieces = '';
    for (let i = 0; i < files.length; i += 5) {
      pieces += run(['extract', '--input-list', '-', '--jobs', '1'], { input: files.slice(i, i + 5).join('\n') }).stdout;
    }
    expect(records(whole)).toHaveLength(files.length);
    expect(pieces).toBe(whole.stdout);
  });

  it('skips comments, blank lines and duplicates in an input list', () => {
    const list = join(mkdtempSync(join(tmpdir(), 'newsfacts-list-')), 'inputs.txt');
    const a = join(root, 'story-01.txt');
    const b = join(root, 'story-02.txt');
    writeFileSync(list, `# today's batch\n${a}\n\n${b}\n${a}\n  # indented comment\n`);
    const r = run(['extract', '--input-list', list]);
    expect(r.status).toBe(0);
    expect(records(r).map((x) => x.input.source)).toEqual([a, b]);
  });

  it('lets records out as they finish with --unordered: the same records, each once', () => {
    const ordered = records(run(['extract', root]));
    const unordered = records(run(['extract', root, '--unordered']));
    const key = (r: { input: { source: string } }) => r.input.source;
    expect(unordered.map(key).sort()).toEqual(ordered.map(key).sort());
  });

  it('extracts a saved page as if it came from --url', () => {
    const saved = join(mkdtempSync(join(tmpdir(), 'newsfacts-html-')), 'saved.html');
    writeFileSync(saved, '<html><head><title>Dam inspection</title></head><body><p>Inspectors visited the dam on Monday.</p></body></html>');
    const r = run(['extract', '--html', saved, '--url', 'https://river.example/news/dam']);
    expect(r.status).toBe(0);
    const [record] = records(r);
    expect(record.input).toEqual({ source: saved, kind: 'file' });
    expect(record.article.url).toBe('https://river.example/news/dam');
  });

  it('holds --extract-timeout with --jobs 1 too: a runaway input fails alone, the next still gets its result', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsfacts-timeout-'));
    const sentence = 'The Elmbrook council approved the budget on Tuesday, its chair Dana Quill said in a statement. ';
    writeFileSync(join(dir, 'huge.txt'), `Budget\n\n${sentence.repeat(40_000)}`); // about 4 MB: seconds of work on any machine
    writeFileSync(join(dir, 'small.txt'), 'Budget passes\n\nThe council passed the budget on Tuesday, the mayor said.');
    const started = Date.now();
    const r = await runAsync(['extract', join(dir, 'huge.txt'), join(dir, 'small.txt'), '--jobs', '1', '--extract-timeout', '1500']);
    expect(r.status).toBe(1);
    const [huge, small] = records(r);
    expect(huge.error).toEqual({ code: 'ETIMEOUT', message: expect.stringContaining('1500 ms') });
    expect(small.article.text).toContain('passed the budget');
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('exits 2 on option mistakes before printing any record', () => {
    for (const args of [
      ['extract', '--url', 'https://x.example/'],
      ['extract', '--html', 'a.html', '--url', 'ftp://x.example/'],
      ['extract', '--input-list', '/nonexistent/list.txt'],
      ['extract', '-', '--input-list', '-'],
      ['extract', root, '--jobs', '0'],
    ]) {
      const r = run(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
    }
  });

  it('prints a summary with --verbose and nothing at all on stderr with --quiet', () => {
    const missing = '/nonexistent/gone.txt';
    const verbose = run(['extract', root, missing, '--verbose']);
    expect(verbose.status).toBe(1);
    expect(verbose.stderr).toMatch(/13 inputs, 12 results, 1 errors \(ENOENT 1\)/);
    expect(verbose.stderr).toMatch(/peak RSS \d+ MB/);
    const quiet = run(['extract', root, missing, '--quiet']);
    expect(quiet.status).toBe(1);
    expect(quiet.stderr).toBe('');
    expect(records(quiet)).toHaveLength(13);
  });
});

describe('extract --feed against a local server', () => {
  let server: TestServer;
  const STORY = '<html><head><title>Council delays vote</title></head><body><article><p>The council delayed its vote on Tuesday, members said.</p></article></body></html>';

  beforeAll(async () => {
    server = await startServer({
      '/story-a': page(STORY),
      '/story-missing': (_req, res) => res.writeHead(404).end(),
      '/feed.rss': (req, res) => {
        const base = `http://${req.headers.host}`;
        page(rss({ teaser: `${base}/story-a`, full: `${base}/story-full` }), 'application/rss+xml; charset=utf-8')(req, res);
      },
      '/feed.atom': (req, res) => page(atom(`http://${req.headers.host}/story-missing`), 'application/atom+xml')(req, res),
    });
  });
  afterAll(() => server.close());

  it('fetches teaser items, uses full content in place, and keeps feed metadata on every record', async () => {
    const saveDir = mkdtempSync(join(tmpdir(), 'newsfacts-save-'));
    const r = await runAsync(['extract', '--feed', server.url('/feed.rss'), '--save-html', saveDir]);
    expect(r.status).toBe(1);
    const [teaser, full, bare] = records(r);
    expect(teaser.input).toEqual({ source: server.url('/story-a'), kind: 'url', url: server.url('/story-a') });
    expect(teaser.feed).toEqual({
      title: 'Valley Courier & Post',
      itemTitle: 'Council delays vote',
      itemPublishedAt: '2024-04-09T06:30:00.000Z',
      itemLink: server.url('/story-a'),
    });
    expect(teaser.article.text).toContain('delayed its vote');
    expect(full.feed.itemTitle).toBe('Barrier holds');
    expect(full.article.text).toContain('flood barrier held');
    expect(full.article.url).toBe(server.url('/story-full'));
    expect(server.hits.get('/story-full')).toBeUndefined();
    expect(bare.error.code).toBe('EPARSE');
    expect(bare.feed.itemTitle).toBe('No link here');
    expect(readdirSync(saveDir)).toEqual([expect.stringMatching(/^127\.0\.0\.1_\d+_story-a-[0-9a-f]{10}\.html$/)]);
  });

  it('reads an Atom feed; a dead item link is an EHTTP record that still names its feed', async () => {
    const r = await runAsync(['extract', '--feed', server.url('/feed.atom'), '--jobs', '1']);
    const [missing, pier] = records(r);
    expect(missing.error.code).toBe('EHTTP');
    expect(missing.feed.title).toBe('Harbour Notes');
    expect(pier.feed.itemLink).toBe(server.url('/stories/pier'));
    expect(pier.article.text).toContain('flood barrier held');
  });

  it('gives a feed that lists no items one EEMPTY record and exit 1, not a silent success', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'newsfacts-feed-')), 'quiet.rss');
    writeFileSync(path, '<?xml version="1.0"?><rss version="2.0"><channel><title>Quiet Valley Wire</title><link>https://quiet.example/</link></channel></rss>');
    const r = await runAsync(['extract', '--feed', path]);
    expect(r.status).toBe(1);
    expect(records(r)).toEqual([expect.objectContaining({ input: expect.objectContaining({ source: path }), error: { code: 'EEMPTY', message: `the feed ${path} lists no items` } })]);
  });

  it('reports a feed that cannot be fetched as one error record', async () => {
    const r = await runAsync(['extract', '--feed', server.url('/no-such-feed')]);
    expect(r.status).toBe(1);
    expect(records(r)).toEqual([expect.objectContaining({ input: { source: server.url('/no-such-feed'), kind: 'url' }, error: expect.objectContaining({ code: 'EHTTP' }) })]);
  });
});
