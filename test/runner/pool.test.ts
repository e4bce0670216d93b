import { describe, expect, it } from 'vitest';
import { WorkerPool } from '../../src/runner/pool.js';
import type { ExtractTask } from '../../src/runner/task.js';
import { ROOT } from '../cli/helpers.js';

const TOY = new URL('./fixtures/toy-worker.mjs', import.meta.url);

const task = (text: string, source = text): ExtractTask => ({
  input: { source, kind: 'file' },
  bytes: new TextEncoder().encode(text),
  contentType: null,
  url: null,
  referenceDate: null,
});

describe('WorkerPool', () => {
  it('runs tasks on workers and returns each result to its own caller', async () => {
    const pool = new WorkerPool({ size: 2, timeoutMs: 5000, workerUrl: TOY });
    const results = await Promise.all(['alpha', 'beta', 'gamma', 'delta'].map((t) => pool.run(task(t))));
    await pool.close();
    expect(results.map((r) => JSON.parse(r.json).text)).toEqual(['ALPHA', 'BETA', 'GAMMA', 'DELTA']);
  });

  it('turns a hang into ETIMEOUT and a crash into EINTERNAL for that input only, replacing the worker', async () => {
    const pool = new WorkerPool({ size: 2, timeoutMs: 500, workerUrl: TOY });
    const results = await Promise.all(['one', 'hang', 'crash', 'exit', 'two', 'three'].map((t) => pool.run(task(t))));
    await pool.close();
    expect(results.map((r) => r.error?.code ?? JSON.parse(r.json).text)).toEqual(['ONE', 'ETIMEOUT', 'EINTERNAL', 'EINTERNAL', 'TWO', 'THREE']);
    const hang = JSON.parse(results[1]!.json);
    expect(hang).toMatchObject({ schemaVersion: 1, input: { source: 'hang', kind: 'file' }, error: { code: 'ETIMEOUT' } });
    expect(results[2]!.error!.message).toMatch(/boom/);
    expect(pool.replaced).toBe(3);
  });

  it('gives a worker its next task while it runs one, and re-runs that task elsewhere when the worker is lost', async () => {
    const pool = new WorkerPool({ size: 1, timeoutMs: 400, workerUrl: TOY });
    const results = await Promise.all(['hang', 'after hang', 'crash', 'after crash', 'last'].map((t) => pool.run(task(t))));
    await pool.close();
    expect(results.map((r) => r.error?.code ?? JSON.parse(r.json).text)).toEqual(['ETIMEOUT', 'AFTER HANG', 'EINTERNAL', 'AFTER CRASH', 'LAST']);
    expect(pool.replaced).toBe(2);
  });

  it('does not detach a Buffer that shares its memory with others', async () => {
    const pool = new WorkerPool({ size: 1, timeoutMs: 5000, workerUrl: TOY });
    const pooled = Buffer.from('shared');
    expect(pooled.byteLength).toBeLessThan(pooled.buffer.byteLength);
    const r = await pool.run({ ...task('x'), bytes: pooled });
    await pool.close();
    expect(JSON.parse(r.json).text).toBe('SHARED');
    expect(pooled.toString()).toBe('shared');
  });

  it('runs the real pipeline in the built worker (dist/runner/worker.js)', async () => {
    const { WorkerPool: BuiltPool } = (await import(`${ROOT}dist/runner/pool.js`)) as typeof import('../../src/runner/pool.js');
    const pool = new BuiltPool({ size: 1, timeoutMs: 30_000 });
    const r = await pool.run({
      ...task('Harbour reopens\n\nThe harbour reopened on Friday after repairs, the port authority said.', 'story.txt'),
      feed: { title: 'Feed', itemTitle: 'Harbour reopens', itemPublishedAt: null, itemLink: null },
    });
    await pool.close();
    const record = JSON.parse(r.json);
    expect(r.error).toBeNull();
    expect(Object.keys(record).slice(0, 4)).toEqual(['schemaVersion', 'input', 'feed', 'article']);
    expect(record.article.text).toContain('harbour reopened');
  });
});
