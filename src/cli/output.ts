/**
 * Where records go: standard output, or with -o FILE a file written
 * atomically. Records stream into a temporary file beside FILE (same folder,
 * so the rename never crosses file systems), renamed over FILE only when the
 * run has ended; an interrupted or crashed run leaves FILE as it was.
 */
import { once } from 'node:events';
import { createWriteStream, unlinkSync } from 'node:fs';
import { rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Io } from './io.js';
import { UsageError } from './usage.js';

export interface Output {
  /** What colorFor and the default format look at. */
  readonly stream: NodeJS.WritableStream & { isTTY?: boolean };
  /** Write, waiting when the stream asks to (back-pressure). */
  write(text: string): Promise<void>;
  /** The run ended: put the file in place (nothing to do for stdout). */
  commit(): Promise<void>;
  /** The run failed: drop the temporary file, leave FILE alone. */
  abandon(): Promise<void>;
  /** The same, synchronously, for a signal handler that exits right after. */
  abandonNow(): void;
  /** True when records go to a file, which is dropped on interruption rather than closed. */
  readonly toFile: boolean;
}

export async function openOutput(path: string | undefined, io: Io): Promise<Output> {
  if (path === undefined) {
    const stream = io.stdout;
    return {
      stream,
      toFile: false,
      write: async (text) => {
        if (text && !stream.write(text)) await once(stream, 'drain');
      },
      commit: async () => {},
      abandon: async () => {},
      abandonNow: () => {},
    };
  }
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  const stream = createWriteStream(temp, { flags: 'wx' });
  try {
    await once(stream, 'open');
  } catch (error) {
    throw new UsageError(`-o: cannot write beside ${path}: ${(error as Error).message}`);
  }
  let failure: Error | null = null;
  stream.on('error', (error) => (failure ??= error));
  return {
    stream,
    toFile: true,
    write: async (text) => {
      if (failure) throw failure;
      if (text && !stream.write(text)) await once(stream, 'drain');
    },
    commit: async () => {
      stream.end();
      await once(stream, 'finish');
      if (failure) throw failure;
      await rename(temp, path);
    },
    abandon: async () => {
      stream.destroy();
      await unlink(temp).catch(() => {});
    },
    abandonNow: () => {
      stream.destroy();
      try {
        unlinkSync(temp);
      } catch {
        // already gone
      }
    },
  };
}
