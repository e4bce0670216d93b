/**
 * A one-line progress bar on stderr, drawn only on a terminal. It redraws at
 * most every 100 ms so that thousands of fast inputs do not flood the tty.
 */
import type { ChalkInstance } from 'chalk';

export interface Progress {
  /** `total` replaces the count given at creation (inputs found so far, for lazy sources). */
  update(done: number, failed: number, total?: number): void;
  finish(): void;
}

const SILENT: Progress = { update() {}, finish() {} };

export function createProgress(
  stream: NodeJS.WritableStream & { isTTY?: boolean; columns?: number },
  total: number,
  c: ChalkInstance,
  now: () => number = Date.now,
): Progress {
  if (!stream.isTTY || total < 2) return SILENT;
  const started = now();
  let lastDraw = 0;
  let drawn = false;
  const draw = (done: number, failed: number) => {
    // An unknown total (Infinity while sources are still being read) draws an empty bar.
    const width = Math.max(10, Math.min(40, (stream.columns ?? 80) - 50));
    const filled = Number.isFinite(total) ? Math.round((done / total) * width) : 0;
    const seconds = Math.max(0.001, (now() - started) / 1000);
    const rate = (done / seconds).toFixed(1);
    const failures = failed > 0 ? c.red(` ${failed} failed`) : '';
    stream.write(`\r\u001b[2K${c.cyan('█'.repeat(filled))}${c.dim('░'.repeat(width - filled))} ${done}/${Number.isFinite(total) ? total : '?'}  ${rate}/s${failures}`);
    drawn = true;
  };
  return {
    update(done, failed, newTotal) {
      if (newTotal !== undefined) total = newTotal;
      const t = now();
      if (done < total && t - lastDraw < 100) return;
      lastDraw = t;
      draw(done, failed);
    },
    finish() {
      if (drawn) stream.write('\r\u001b[2K');
    },
  };
}
