/**
 * Hostile local inputs through the built CLI: binary files, empty files,
 * folders, FIFOs, files that vanish or change while read, invalid UTF-8,
 * oversize pages. Each input gives exactly one record, the others are
 * unaffected, nothing hangs, and the exit code says whether anything failed.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectOneError, records, runCli } from './cli.js';

let dir: string;
const path = (name: string) => join(dir, name);

const ARTICLE = [
  'Belvane, March 3 (Wire) - The Zorvian navy sent two frigates to the strait on Monday, officials said.',
  '',
  '“We will not be moved,” said Admiral Tessa Quorn, who commands the fleet. The ships carry S-400 batteries.',
].join('\n');

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201e221bc330000000049454e44ae426082', 'hex');
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsfacts-hostile-'));
  writeFileSync(path('good.txt'), ARTICLE);
  writeFileSync(path('good.html'), `<html><head><title>Frigates sent</title></head><body><article><p>${ARTICLE.replace(/\n\n/g, '</p><p>')}</p></article></body></html>`);
  writeFileSync(path('image.png'), PNG);
  writeFileSync(path('png-named.html'), PNG);
  writeFileSync(path('doc.pdf.html'), PDF);
  writeFileSync(path('packed.html'), gzipSync(Buffer.from(ARTICLE))); // gzip bytes, no .gz name
  writeFileSync(path('packed.html.gz'), gzipSync(Buffer.from(ARTICLE)));
  writeFileSync(path('bomb.html.gz'), gzipSync(Buffer.alloc(30 * 1024 * 1024))); // 30 MB of zeros, ~30 KB packed
  writeFileSync(path('corrupt.html.gz'), Buffer.concat([gzipSync(Buffer.from(ARTICLE)).subarray(0, 20), Buffer.from('not gzip any more')]));
  writeFileSync(path('empty.html'), '');
  writeFileSync(path('nul.txt'), Buffer.alloc(4096));
  writeFileSync(path('invalid-utf8.txt'), Buffer.concat([Buffer.from('Officials said on Monday '), Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xf0, 0x28, 0x8c, 0xbc, 0xff, 0xfe]), Buffer.from(' the talks failed.')]));
  writeFileSync(path('latin1.html'), Buffer.from('<html><head><meta charset="iso-8859-1"><title>Caf\xe9</title></head><body><p>Le caf\xe9 est ferm\xe9 depuis lundi, a dit le ministre.</p></body></html>', 'latin1'));
  mkdirSync(path('empty-folder'));
  execFileSync('mkfifo', [path('fifo.html')]);
  symlinkSync(path('nowhere.html'), path('dangling.html'));
  writeFileSync(path('sparse-50mb.html'), '');
  truncateSync(path('sparse-50mb.html'), 50 * 1024 * 1024);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('one bad local input gives one error record with a stable code', () => {
  const cases: Array<[string, string, string]> = [
    ['a PNG image', 'image.png', 'EBINARY'],
    ['a PNG named .html', 'png-named.html', 'EBINARY'],
    ['a PDF named .html', 'doc.pdf.html', 'EBINARY'],
    ['gzip bytes without a .gz name', 'packed.html', 'EBINARY'],
    ['4 KB of NUL bytes', 'nul.txt', 'EBINARY'],
    ['a gzip bomb (30 MB of zeros) under a 1 MB limit', 'bomb.html.gz', 'ETOOLARGE'],
    ['a corrupt .gz', 'corrupt.html.gz', 'EREAD'],
    ['an empty folder', 'empty-folder', 'EISDIR'],
    ['an empty file', 'empty.html', 'EEMPTY'],
    ['a missing file', 'missing.html', 'ENOENT'],
    ['a dangling symbolic link', 'dangling.html', 'ENOENT'],
    ['a FIFO with no writer (must not block)', 'fifo.html', 'EREAD'],
  ];
  for (const [what, name, code] of cases) {
    it(what, async () => {
      const run = await runCli(['extract', path(name), '--max-bytes', String(1024 * 1024)], { deadlineMs: 15_000 });
      const record = expectOneError(run, code);
      expect(record.input.source).toBe(path(name));
    });
  }

  it('a 50 MB page is refused at the default 20 MB limit without reading it', async () => {
    const run = await runCli(['extract', path('sparse-50mb.html')], { deadlineMs: 15_000 });
    expectOneError(run, 'ETOOLARGE');
  });

  it('50 MB on standard input is refused at the default limit', async () => {
    const run = await runCli(['extract', '-'], { input: Buffer.alloc(50 * 1024 * 1024, 'a'), deadlineMs: 20_000 });
    expectOneError(run, 'ETOOLARGE');
  });

  it('URLs of other schemes given as inputs are never fetched or read as such', async () => {
    const sources = ['file:///etc/passwd', 'data:text/html,<p>hi</p>', 'ftp://127.0.0.1/x.html', 'javascript:alert(1)'];
    const run = await runCli(['extract', ...sources], { deadlineMs: 15_000 });
    const all = records(run);
    expect(all.map((r) => r.input.source)).toEqual(sources);
    for (const r of all) expect('error' in r ? r.error.code : 'result').toBe('EUNSUPPORTED');
    expect(run.stdout).not.toMatch(/root:x:0:0/);
  });
});

describe('odd but readable files give a result', () => {
  it('invalid UTF-8, a gzipped page, a Latin-1 page: one valid record each, offsets exact', async () => {
    const names = ['invalid-utf8.txt', 'packed.html.gz', 'latin1.html'];
    const run = await runCli(['extract', ...names.map(path)], { deadlineMs: 20_000 });
    const all = records(run);
    expect(all).toHaveLength(names.length);
    for (const r of all) expect('error' in r ? r.error.code : 'result').toBe('result');
    expect(run.status).toBe(0);
  });
});

describe('the other inputs are unaffected', () => {
  it('good inputs between bad ones give the very records they give alone, in order; exit 1', async () => {
    const inputs = ['good.txt', 'image.png', 'fifo.html', 'missing.html', 'good.html', 'bomb.html.gz', 'empty-folder', 'invalid-utf8.txt'].map(path);
    const mixed = await runCli(['extract', ...inputs, '--max-bytes', String(1024 * 1024)], { deadlineMs: 30_000 });
    const all = records(mixed);
    expect(all.map((r) => r.input.source)).toEqual(inputs);
    expect(all.map((r) => ('error' in r ? r.error.code : 'result'))).toEqual([
      'result', 'EBINARY', 'EREAD', 'ENOENT', 'result', 'ETOOLARGE', 'EISDIR', 'result',
    ]);
    expect(mixed.status).toBe(1);
    const alone = await runCli(['extract', path('good.txt'), path('good.html'), path('invalid-utf8.txt')], { deadlineMs: 20_000 });
    expect(alone.status).toBe(0);
    expect(records(alone)).toEqual([all[0], all[4], all[7]]);
  });

  it('a file that vanishes or changes while inputs are read: still one record per input, no crash', async () => {
    const victim = path('victim.html');
    writeFileSync(victim, `<p>${ARTICLE}</p>`);
    const inputs = Array.from({ length: 200 }, () => victim);
    let flips = 0;
    const churn = setInterval(() => {
      flips++;
      try {
        if (flips % 3 === 0) unlinkSync(victim);
        else writeFileSync(victim, flips % 3 === 1 ? `<p>${ARTICLE.repeat(flips % 7)}</p>` : Buffer.concat([PNG, Buffer.from(ARTICLE)]));
      } catch {
        // already gone: the next write brings it back
      }
    }, 1);
    try {
      const run = await runCli(['extract', ...inputs, '--jobs', '2'], { deadlineMs: 45_000 });
      const all = records(run);
      expect(all).toHaveLength(inputs.length);
      // Caught between truncation and write, the file is empty (EEMPTY).
      for (const r of all) expect(['result', 'ENOENT', 'EBINARY', 'EREAD', 'EEMPTY']).toContain('error' in r ? r.error.code : 'result');
      expect([0, 1]).toContain(run.status);
    } finally {
      clearInterval(churn);
    }
  });

  it('a ~20 MB page next to a small one: the big one ends (a result or a time-limit record), the small one is untouched', async () => {
    const paragraph = (i: number) =>
      `<p>On day ${i} Admiral Tessa Quorn of the Zorvian navy said ${i % 90} frigates and ${i % 7} F-16 jets had reached Belvane on March ${(i % 28) + 1}, 2024. “We are ready,” she said.</p>\n`;
    const parts: string[] = [];
    for (let i = 0, size = 0; size < 20e6; i++) {
      parts.push(paragraph(i));
      size += parts[parts.length - 1]!.length;
    }
    writeFileSync(path('big.html'), `<html><head><title>Long page</title></head><body><article>${parts.join('')}</article></body></html>`);
    const run = await runCli(['extract', path('big.html'), path('good.txt'), '--jobs', '2', '--extract-timeout', '6000'], { deadlineMs: 40_000 });
    const all = records(run);
    expect(all.map((r) => r.input.source)).toEqual([path('big.html'), path('good.txt')]);
    expect(['result', 'ETIMEOUT', 'EINTERNAL']).toContain('error' in all[0]! ? all[0].error.code : 'result');
    expect('error' in all[1]!).toBe(false);
  }, 60_000);
});
