import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { run } from './helpers.js';

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

  it('prints a JSON array for several inputs and one object for one', () => {
    const a = tempFile('a.txt', STORY);
    const several = JSON.parse(run(['extract', a, a, '--format', 'json']).stdout);
    expect(Array.isArray(several)).toBe(true);
    expect(several).toHaveLength(2);
    const one = JSON.parse(run(['extract', a, '--format', 'json']).stdout);
    expect(one.input.source).toBe(a);
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
});
