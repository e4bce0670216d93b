import { describe, expect, it } from 'vitest';
import { streamJobs } from '../../src/runner/stream.js';

async function* numbers(count: number, onRead: () => void): AsyncGenerator<number> {
  for (let i = 0; i < count; i++) {
    onRead();
    yield i;
  }
}

/** Finishes out of order: later jobs often finish first. */
const delayOf = (i: number) => ((i * 7) % 5) * 3;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('streamJobs', () => {
  it('emits in input order, never has more than `window` jobs read but not emitted, and reads lazily', async () => {
    let read = 0;
    let emittedCount = 0;
    let maxAhead = 0;
    const emitted: number[] = [];
    const total = await streamJobs(
      numbers(60, () => {
        read++;
        maxAhead = Math.max(maxAhead, read - emittedCount);
      }),
      async (n) => {
        await sleep(delayOf(n));
        return n * 10;
      },
      async (r) => {
        emitted.push(r);
        emittedCount++;
      },
      { window: 4, ordered: true },
    );
    expect(total).toBe(60);
    expect(emitted).toEqual(Array.from({ length: 60 }, (_, i) => i * 10));
    // The generator may be one step ahead of the window: it is asked for the next job before waiting.
    expect(maxAhead).toBeLessThanOrEqual(5);
  });

  it('emits as results come with ordered: false, every result exactly once', async () => {
    const emitted: number[] = [];
    const positions: number[] = [];
    await streamJobs(
      numbers(30, () => {}),
      async (n) => {
        await sleep(delayOf(n));
        return n;
      },
      (r, position) => {
        emitted.push(r);
        positions.push(position);
      },
      { window: 8, ordered: false },
    );
    expect([...emitted].sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_, i) => i));
    expect(emitted).not.toEqual(Array.from({ length: 30 }, (_, i) => i));
    expect(positions).toEqual(Array.from({ length: 30 }, (_, i) => i));
  });

  it('handles an empty stream and a failing emit', async () => {
    expect(await streamJobs(numbers(0, () => {}), async (n) => n, () => {}, { window: 2, ordered: true })).toBe(0);
    await expect(
      streamJobs(numbers(5, () => {}), async (n) => n, (n) => {
        if (n === 2) throw new Error('stdout closed');
      }, { window: 2, ordered: true }),
    ).rejects.toThrow('stdout closed');
  });
});
