import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { ROOT, run } from './helpers.js';

const STORY = [
  'Harbour Board Approves New Ferry Route',
  '',
  'The Harbour Board approved a ferry route on Tuesday, its chair Mara Voss said.',
  '',
  '“We have waited long enough for this crossing,” Voss told reporters in Port Allen.',
].join('\n');

function tempFile(name: string, content: string | Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'newsfacts-'));
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('newsfacts extract', () => {
  it('reads piped standard input when no input is named and prints one ndjson line', () => {
    const r = run(['extract'], { input: STORY });
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const record = JSON.parse(lines[0]!);
    expect(record.schemaVersion).toBe(1);
    expect(record.input).toEqual({ source: '-', kind: 'stdin' });
    expect(record.article.text).toContain('waited long enough');
    expect(r.stderr).toBe('');
  });

  it('keeps input order, gives a failed input an error record, and exits 1', () => {
    const good = tempFile('story.txt', STORY);
    const r = run(['extract', '/nonexistent/story.html', good, '--format', 'ndjson']);
    expect(r.status).toBe(1);
    const records = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(records.map((x) => x.input.source)).toEqual(['/nonexistent/story.html', good]);
    expect(records[0].error).toEqual({ code: 'ENOENT', message: expect.stringContaining('/nonexistent/story.html') });
    expect(records[1].article).toBeDefined();
    expect(r.stderr).toMatch(/ENOENT/);
  });

  it('refuses binary input with EBINARY and a directory with EISDIR', () => {
    const png = tempFile('image.html', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    // A folder is read recursively now; one with no article files is EISDIR.
    const r = run(['extract', png, mkdtempSync(join(tmpdir(), 'newsfacts-empty-'))]);
    expect(r.status).toBe(1);
    const codes = r.stdout.trim().split('\n').map((l) => JSON.parse(l).error.code);
    expect(codes).toEqual(['EBINARY', 'EISDIR']);
  });

  it('prints one JSON array with --format json, for several inputs as for one', () => {
    const a = tempFile('a.txt', STORY);
    const several = JSON.parse(run(['extract', a, a, '--format', 'json']).stdout);
    expect(Array.isArray(several)).toBe(true);
    expect(several).toHaveLength(2);
    const [one, ...rest] = JSON.parse(run(['extract', a, '--format', 'json']).stdout);
    expect(one.input.source).toBe(a);
    expect(rest).toEqual([]);
  });

  it('exits 2 on usage errors and says why on stderr', () => {
    for (const args of [['extract', '--format', 'xml', 'x'], ['extract', '--reference-date', '2024-02-30', 'x'], ['nope']]) {
      const r = run(args);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.length).toBeGreaterThan(0);
    }
  });

  it('accepts a date-time reference with a zone and reads clock times against its clock', () => {
    const story = 'Ferry Delayed\n\nThe ferry left at 11 p.m. and docked on Monday, the captain said.';
    const valueOf = (args: string[], text: string): string | undefined => {
      const r = run(['extract', ...args, '--format', 'ndjson'], { input: story });
      expect(r.status).toBe(0);
      return JSON.parse(r.stdout).dates.find((d: { text: string }) => d.text === text)?.value;
    };
    // Wednesday 07:30 local: Monday is two days back, whatever the zone.
    expect(valueOf(['--reference-date', '2031-07-09T07:30:00-04:00'], 'Monday')).toBe('2031-07-07');
    expect(valueOf(['--reference-date', '20310709T0730Z'], 'Monday')).toBe('2031-07-07');
    expect(valueOf(['--reference-date', '2031-07-09'], 'Monday')).toBe('2031-07-07');
    expect(run(['extract', '--reference-date', '2031-07-09T31:00', 'x']).status).toBe(2);
  });

  it('puts a past clock time still ahead of the reference clock on the day before', () => {
    const story = 'Ferry Delayed\n\nThe ferry left at 11 p.m., the captain said.';
    const late = run(['extract', '--reference-date', '2031-07-09T07:30-04:00', '--format', 'ndjson'], { input: story });
    expect(JSON.parse(late.stdout).dates.map((d: { value: string }) => d.value)).toEqual(['2031-07-08T23:00']);
    const dayOnly = run(['extract', '--reference-date', '2031-07-09', '--format', 'ndjson'], { input: story });
    expect(JSON.parse(dayOnly.stdout).dates.map((d: { value: string }) => d.value)).toEqual(['2031-07-09T23:00']);
  });

  it('gives yearless dates anchor-free values and warns about relative ones when no reference is known', () => {
    const story = 'Dam Reopens\n\nThe dam reopened on Thursday, March 3, after it flooded yesterday, engineers said.';
    const record = JSON.parse(run(['extract', '--format', 'ndjson'], { input: story }).stdout);
    expect(record.dates.map((d: { value: string }) => d.value)).toEqual(['XXXX-03-03']);
    expect(record.article.warnings).toContain('relative-dates-without-reference');
    const anchored = JSON.parse(run(['extract', '--reference-date', '2031-03-05', '--format', 'ndjson'], { input: story }).stdout);
    expect(anchored.article.warnings).not.toContain('relative-dates-without-reference');
  });

  it('pretty output strips terminal escape sequences from article text', () => {
    const hostile = tempFile('evil.txt', 'Title \u001b]0;pwned\u0007here\n\nThe mayor said \u001b[2Jhello\u001b[31m today.');
    const r = run(['extract', hostile, '--format', 'pretty']);
    expect(r.status).toBe(0);
    expect(r.stdout).not.toMatch(/\u001b/);
    expect(r.stdout).toContain(hostile);
  });

  it('colors pretty output only when asked and never under NO_COLOR', () => {
    const a = tempFile('a.txt', STORY);
    expect(run(['extract', a, '--format', 'pretty'], { env: { FORCE_COLOR: '1' } }).stdout).toMatch(/\u001b\[/);
    expect(run(['extract', a, '--format', 'pretty'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toMatch(/\u001b\[/);
    expect(run(['extract', a, '--format', 'pretty']).stdout).not.toMatch(/\u001b\[/);
  });

  it('documents examples and exit codes in --help', () => {
    const r = run(['extract', '--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Examples:/);
    expect(r.stdout).toMatch(/Exit codes:/);
  });

  it("keeps every jq example of --help and the README working on a stream with an error record in it", () => {
    const hasJq = spawnSync('jq', ['--version']).status === 0;
    if (!hasJq) {
      console.warn('[skipped] jq examples: `jq` is not installed');
      return;
    }
    const ndjson = run(['extract', tempFile('story.txt', STORY), '/nonexistent/story.html']).stdout;
    const json = run(['extract', tempFile('story.txt', STORY), '/nonexistent/story.html', '--format', 'json']).stdout;
    const help = run(['extract', '--help']).stdout + run(['--help']).stdout;
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const examples = [...`${help}\n${readme}`.matchAll(/newsfacts extract [^\n|]*\|\s*jq (-\w+ )?'([^']+)'/g)];
    expect(examples.length).toBeGreaterThanOrEqual(5);
    for (const [line, flag, filter] of examples) {
      const input = /--format json/.test(line) ? json : ndjson;
      const r = spawnSync('jq', [...(flag ? [flag.trim()] : []), filter!], { input, encoding: 'utf8' });
      expect(r.status, `${line}\n${r.stderr}`).toBe(0);
    }
  });
});

describe('exit codes and inputs that are not articles', () => {
  const records = (stdout: string) => stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));

  it('exits 2 with "no input" when nothing is named and standard input is empty (</dev/null)', () => {
    for (const input of ['', '  \n\n']) {
      const r = run(['extract'], { input });
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/no input/);
    }
  });

  it('fails random bytes, JSON, an empty file and a feed with a clear code and a hint, at every job count', () => {
    let seed = 7;
    const random = Buffer.alloc(3000).map(() => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed >> 16) as unknown as number);
    const files = [
      tempFile('noise.bin', random),
      tempFile('record.json', '{"title": "Ferry route", "paragraphs": ["The board met."]}\n'),
      tempFile('empty.html', ''),
      tempFile('news.xml', '<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Port news</title></channel></rss>'),
    ];
    for (const jobs of ['1', '2']) {
      const r = run(['extract', ...files, '--jobs', jobs]);
      expect(r.status).toBe(1);
      expect(records(r.stdout).map((x) => x.error.code)).toEqual(['EBINARY', 'EPARSE', 'EEMPTY', 'EPARSE']);
      expect(r.stderr).toMatch(/JSON document/);
      expect(r.stderr).toContain(`use --feed ${files[3]}`);
    }
  });

  it('--strict fails a run whose records carry warnings, and says which on stderr', () => {
    // A reference day, so that the relative dates in these texts raise no warning of their own.
    const stub = tempFile('stub.txt', 'Ferry delayed\n\nThe ferry was late on Monday.');
    const plain = run(['extract', stub, '--reference-date', '2024-04-12']);
    expect(plain.status).toBe(0);
    expect(plain.stderr).toBe('');
    expect(records(plain.stdout)[0].article.warnings).toEqual(['short-text']);
    const strict = run(['extract', stub, '--strict', '--reference-date', '2024-04-12']);
    expect(strict.status).toBe(1);
    expect(strict.stderr).toContain(`${stub}: short-text`);
    expect(strict.stdout).toBe(plain.stdout);
    const long = tempFile('long.txt', `${STORY}\n\n${'The board will publish the timetable next month, a spokesman added. '.repeat(4)}`);
    expect(run(['extract', long, '--strict', '--reference-date', '2024-04-12']).status).toBe(0);
  });

  it('--save-html pointing at a file is a usage error, not a crash', () => {
    const file = tempFile('taken.html', '<p>already here</p>');
    const r = run(['extract', tempFile('a.txt', STORY), '--save-html', file]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/--save-html takes a folder/);
    expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
  });

  it('refuses ftp: and file: URLs with EUNSUPPORTED (a hint to name the path), never "no such file"', () => {
    const story = tempFile('story.txt', STORY);
    for (const jobs of ['1', '2']) {
      const r = run(['extract', `file://${story}`, 'ftp://files.example/story.txt', story, '--jobs', jobs]);
      expect(r.status).toBe(1);
      const [local, ftp, path] = records(r.stdout);
      expect(local.input).toEqual({ source: `file://${story}`, kind: 'url' });
      expect([local.error.code, ftp.error.code]).toEqual(['EUNSUPPORTED', 'EUNSUPPORTED']);
      expect(local.error.message).toMatch(/by its path/);
      expect(path.article.text).toContain('waited long enough');
      expect(r.stderr).not.toMatch(/no such file/);
    }
  });
});
