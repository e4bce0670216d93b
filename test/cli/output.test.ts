import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, ROOT, run, type Run } from './helpers.js';
import { page, startServer, type TestServer } from '../acquire/server.js';

const STORY = 'Ferry route approved\n\nThe harbour board approved the ferry route on Tuesday, its chair Ines Marl said.\n\n"We have waited long enough," Marl told reporters.';

/** A folder of many small invented stories: a run long enough to interrupt. */
function manyStories(count: number): string {
  const root = mkdtempSync(join(tmpdir(), 'newsfacts-out-'));
  for (let i = 0; i < count; i++) writeFileSync(join(root, `story-${String(i).padStart(4, '0')}.txt`), `${STORY}\n\nThis is update number ${i}.`);
  return root;
}

/** Start the built binary, send `signal` once `ready` says enough has been printed, and collect what it wrote. */
function interrupted(args: string[], signal: NodeJS.Signals, ready: (stdout: string, stderr: string) => boolean): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined } });
    let stdout = '';
    let stderr = '';
    let sent = false;
    const check = () => {
      if (!sent && ready(stdout, stderr)) {
        sent = true;
        child.kill(signal);
      }
    };
    child.stdout.on('data', (d) => ((stdout += d), check()));
    child.stderr.on('data', (d) => ((stderr += d), check()));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    child.stdin.end();
  });
}

describe('--format json: one shape, closed on interruption', () => {
  const root = manyStories(400);

  it('prints an array for one input as for several', () => {
    const one = JSON.parse(run(['extract', join(root, 'story-0001.txt'), '--format', 'json']).stdout);
    expect(Array.isArray(one)).toBe(true);
    expect(one.map((r: { input: { source: string } }) => r.input.source)).toEqual([join(root, 'story-0001.txt')]);
    const none = run(['extract', '--input-list', '-', '--format', 'json'], { input: '# nothing today\n' });
    expect(JSON.parse(none.stdout)).toEqual([]);
  });

  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    it(`closes the array on ${signal} and exits ${code}`, { timeout: 60_000 }, async () => {
      const r = await interrupted(['extract', root, '--format', 'json', '--jobs', '1'], signal, (out) => (out.match(/"schemaVersion"/g) ?? []).length >= 3);
      expect(r.status).toBe(code);
      const printed = JSON.parse(r.stdout);
      expect(Array.isArray(printed)).toBe(true);
      expect(printed.length).toBeGreaterThanOrEqual(3);
      expect(printed.length).toBeLessThan(400);
      expect(printed[0].input.source).toBe(join(root, 'story-0000.txt'));
      expect(r.stderr).toContain(`interrupted (${signal}) after ${printed.length} records`);
    });
  }

  it('keeps NDJSON whole lines on SIGINT', { timeout: 60_000 }, async () => {
    const r = await interrupted(['extract', root, '--jobs', '1'], 'SIGINT', (out) => out.split('\n').length > 3);
    expect(r.status).toBe(130);
    expect(r.stdout.endsWith('\n')).toBe(true);
    for (const line of r.stdout.trim().split('\n')) expect(JSON.parse(line).schemaVersion).toBe(1);
  });
});

describe('-o FILE, written atomically', () => {
  it('writes the records to FILE and leaves no temporary file behind', () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsfacts-o-'));
    const story = join(dir, 'story.txt');
    writeFileSync(story, STORY);
    const r = run(['extract', story, '-o', join(dir, 'facts.json'), '--format', 'json']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(join(dir, 'facts.json'), 'utf8'))[0].article.text).toContain('ferry route');
    expect(readdirSync(dir).sort()).toEqual(['facts.json', 'story.txt']);
  });

  it('leaves an existing FILE untouched when the run is interrupted', { timeout: 60_000 }, async () => {
    const root = manyStories(300);
    const dir = mkdtempSync(join(tmpdir(), 'newsfacts-o-'));
    const target = join(dir, 'facts.ndjson');
    writeFileSync(target, 'yesterday\n');
    const r = await interrupted(['extract', root, '-o', target, '--jobs', '1', '--verbose'], 'SIGTERM', (_out, err) => (err.match(/extract \d+ ms/g) ?? []).length >= 3);
    expect(r.status).toBe(143);
    expect(readFileSync(target, 'utf8')).toBe('yesterday\n');
    expect(readdirSync(dir)).toEqual(['facts.ndjson']);
  });

  it('removes, on the next run, the temporary file a killed run (SIGKILL) could not, and only that one', { timeout: 60_000 }, async () => {
    const root = manyStories(300);
    const dir = mkdtempSync(join(tmpdir(), 'newsfacts-o-'));
    const target = join(dir, 'facts.ndjson');
    const killed = await interrupted(['extract', root, '-o', target, '--jobs', '1', '--verbose'], 'SIGKILL', (_out, err) => (err.match(/extract \d+ ms/g) ?? []).length >= 3);
    expect(killed.status).toBeNull(); // killed: no exit code
    const left = readdirSync(dir);
    expect(left).toEqual([expect.stringMatching(/^\.facts\.ndjson\..+\.\d+\.[0-9a-z]+\.tmp$/)]);
    // A live writer's file (this test process) and another host's file stay.
    const live = `.facts.ndjson.${left[0]!.split('.')[3]}.${process.pid}.x.tmp`;
    const otherHost = '.facts.ndjson.some-other-host.1.x.tmp';
    writeFileSync(join(dir, live), '');
    writeFileSync(join(dir, otherHost), '');
    const story = join(root, 'story-0000.txt');
    expect(run(['extract', story, '-o', target]).status).toBe(0);
    expect(readdirSync(dir).sort()).toEqual([live, otherHost, 'facts.ndjson'].sort());
  });

  it('is a usage error when FILE cannot be written', () => {
    const r = run(['extract', '-', '-o', '/nonexistent/dir/facts.ndjson'], { input: STORY });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/-o: cannot write/);
  });
});

describe('choosing what goes out: --only, --no-text', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsfacts-only-'));
  const story = join(dir, 'story.txt');
  writeFileSync(story, STORY);

  it('--only keeps the named parts (and schemaVersion, input); --no-text drops article.text only', () => {
    const [only] = run(['extract', story, '--only', 'actors,quotes']).stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(Object.keys(only)).toEqual(['schemaVersion', 'input', 'actors', 'quotes']);
    expect(only.quotes[0].text).toContain('waited long enough');
    const [slim] = run(['extract', story, '--no-text']).stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(slim.article.title).toBe('Ferry route approved');
    expect('text' in slim.article).toBe(false);
    expect(slim.actors.length).toBeGreaterThan(0);
  });

  it('leaves error records whole and refuses unknown parts', () => {
    const [missing] = run(['extract', join(dir, 'gone.txt'), '--only', 'dates']).stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(missing.error.code).toBe('ENOENT');
    const bad = run(['extract', story, '--only', 'actors,people']);
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
  });
});

describe('input.url: where a URL input came from', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer({
      '/old': (_req, res) => res.writeHead(301, { location: '/news/ferry' }).end(),
      '/news/ferry': page(`<html><head><title>Ferry</title></head><body><article><p>${STORY}</p></article></body></html>`),
    });
  });
  afterAll(() => server.close());

  it('gives the final URL after redirects beside the source as given', async () => {
    const r = await new Promise<Run>((resolve) => {
      const child = spawn(process.execPath, [BIN, 'extract', server.url('/old')], { cwd: ROOT });
      let stdout = '';
      child.stdout.on('data', (d) => (stdout += d));
      child.on('close', (status) => resolve({ status, stdout, stderr: '' }));
    });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).input).toEqual({ source: server.url('/old'), kind: 'url', url: server.url('/news/ferry') });
  });
});

