import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, ROOT, run } from './helpers.js';
import { buildWarc, type WarcPage } from '../acquire/warc.js';

const PAGES: WarcPage[] = [
  {
    uri: 'https://gazette.example/news/bridge',
    date: '2024-03-08T09:15:00Z',
    html: '<html><head><title>Bridge opens</title></head><body><article><p>The new bridge over the Lenn opened on Thursday, the mayor of Dunmere said.</p></article></body></html>',
  },
  { uri: 'https://gazette.example/logo.png', date: '2024-03-08T09:15:01Z', html: 'not a page', contentType: 'image/png' },
  { uri: 'https://gazette.example/gone', date: '2024-03-08T09:15:02Z', html: '<p>missing</p>', status: 404 },
  {
    uri: 'https://gazette.example/news/ferry',
    date: '2024-03-09T10:00:00Z',
    html: '<html><head><title>Ferry back</title></head><body><article><p>The Dunmere ferry resumed service yesterday, harbour officials said.</p></article></body></html>',
    chunked: true,
  },
];

const records = (stdout: string) => stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));

function warcFile(name: string, pages: WarcPage[], gzip: boolean): string {
  const path = join(mkdtempSync(join(tmpdir(), 'newsfacts-warc-')), name);
  writeFileSync(path, buildWarc(pages, gzip));
  return path;
}

describe('WARC input', () => {
  for (const [name, gzip] of [['crawl.warc', false], ['crawl.warc.gz', true]] as const) {
    it(`reads ${name}: one record per HTML response, named by its target URI and dated by its WARC-Date`, () => {
      const path = warcFile(name, PAGES, gzip);
      for (const jobs of ['1', '2']) {
        const r = run(['extract', path, '--jobs', jobs]);
        expect(r.status).toBe(0);
        const [bridge, ferry, ...rest] = records(r.stdout);
        expect(rest).toEqual([]);
        expect(bridge.input).toEqual({
          source: path,
          kind: 'warc',
          url: 'https://gazette.example/news/bridge',
          warcRecordId: expect.stringMatching(/^<urn:uuid:/),
        });
        expect(bridge.article.url).toBe('https://gazette.example/news/bridge');
        expect(bridge.article.text).toContain('opened on Thursday');
        // The crawl day, Friday 2024-03-08, is what "Thursday" counts from.
        expect(bridge.dates.map((d: { value: string }) => d.value)).toEqual(['2024-03-07']);
        expect(ferry.input.url).toBe('https://gazette.example/news/ferry');
        expect(ferry.article.text).toContain('resumed service yesterday');
        expect(ferry.dates.map((d: { value: string }) => d.value)).toEqual(['2024-03-08']);
      }
    });
  }

  it('gives a WARC file without pages and a missing one an error record each, and keeps the whole records of a cut-short file', () => {
    const empty = warcFile('empty.warc', [PAGES[1]!], false);
    const broken = join(mkdtempSync(join(tmpdir(), 'newsfacts-warc-')), 'broken.warc.gz');
    const whole = buildWarc([PAGES[0]!, PAGES[3]!], true);
    writeFileSync(broken, whole.subarray(0, whole.length - 200)); // the last record cut short, as by a failed download
    const r = run(['extract', empty, '/nonexistent/crawl.warc']);
    expect(r.status).toBe(1);
    expect(records(r.stdout).map((x) => x.error.code)).toEqual(['EPARSE', 'ENOENT']);
    const b = run(['extract', broken]);
    expect(b.status).toBe(1);
    const [first, cut, ...rest] = records(b.stdout);
    expect(first.article.text).toContain('opened on Thursday');
    // The lost last record is said, not silently dropped.
    expect(cut.error.code).toBe('ETRUNCATED');
    expect(cut.error.message).toMatch(/cut short after 1 page:/);
    expect(rest).toEqual([]);
  });

  it('gives a plain WARC file cut inside its last record an ETRUNCATED record for it, not a page of half its text', () => {
    const whole = buildWarc([PAGES[0]!, PAGES[3]!], false);
    const path = join(mkdtempSync(join(tmpdir(), 'newsfacts-warc-')), 'cut.warc');
    writeFileSync(path, whole.subarray(0, whole.length - 60));
    const r = run(['extract', path]);
    expect(r.status).toBe(1);
    const [bridge, ferry, ...rest] = records(r.stdout);
    expect(bridge.article.text).toContain('opened on Thursday');
    expect(ferry.input.url).toBe('https://gazette.example/news/ferry');
    expect(ferry.error.code).toBe('ETRUNCATED');
    expect(rest).toEqual([]);
  });

  it('reads a file named .warc.gz that is not compressed as a plain WARC file', () => {
    const r = run(['extract', warcFile('plain.warc.gz', PAGES, false)]);
    expect(r.status).toBe(0);
    expect(records(r.stdout).map((x) => x.input.url)).toEqual(['https://gazette.example/news/bridge', 'https://gazette.example/news/ferry']);
  });

  it('holds every record to --max-bytes', () => {
    const big = { ...PAGES[0]!, uri: 'https://gazette.example/news/long', html: `<html><body><article><p>${'The council met. '.repeat(500)}</p></article></body></html>` };
    const r = run(['extract', warcFile('mixed.warc.gz', [big, PAGES[3]!], true), '--max-bytes', '4000']);
    expect(r.status).toBe(1);
    const [long, ferry] = records(r.stdout);
    expect(long.error.code).toBe('ETOOLARGE');
    expect(long.input.url).toBe('https://gazette.example/news/long');
    expect(ferry.article.text).toContain('resumed service');
  });

  it('gives the same records for WARC files as a map step, fed in chunks, as in one run', () => {
    const files = [0, 1, 2].map((i) => warcFile(`part-${i}.warc.gz`, PAGES.map((p) => ({ ...p, uri: `${p.uri}-${i}` })), true));
    const whole = run(['extract', '--input-list', '-', '--jobs', '2'], { input: files.join('\n') });
    let pieces = '';
    for (const file of files) pieces += run(['extract', '--input-list', '-', '--jobs', '1'], { input: `${file}\n` }).stdout;
    expect(records(whole.stdout)).toHaveLength(6);
    expect(pieces).toBe(whole.stdout);
  });

  const hasParallel = spawnSync('parallel', ['--version'], { encoding: 'utf8' }).status === 0;
  if (!hasParallel) console.warn('[skipped] WARC files through GNU parallel: `parallel` is not installed');
  it.skipIf(!hasParallel)('runs WARC files through GNU parallel as the README shows', () => {
    const files = [0, 1, 2, 3].map((i) => warcFile(`p-${i}.warc`, PAGES.map((p) => ({ ...p, uri: `${p.uri}-${i}` })), i % 2 === 1));
    const single = run(['extract', ...files, '--jobs', '1']);
    const viaParallel = spawnSync('sh', ['-c', `parallel --will-cite --pipe -k -N 2 ${process.execPath} ${BIN} extract --input-list - --jobs 1 --quiet`], {
      cwd: ROOT,
      input: files.join('\n'),
      encoding: 'utf8',
    });
    expect(viaParallel.status).toBe(0);
    expect(viaParallel.stdout).toBe(single.stdout);
  });
});
