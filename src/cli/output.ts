/**
 * Where records go: standard output, or with -o FILE a file written
 * atomically. Records stream into a temporary file beside FILE (same folder,
 * so the rename never crosses file systems), renamed over FILE only when the
 * run has ended; an interrupted or crashed run leaves FILE as it was.
 * A run killed outright (SIGKILL, the OOM killer, a power cut) cannot clean
 * up, so the next run writing the same FILE removes the temporary files that
 * dead runs of this host left beside it.
 */
import { once } from 'node:events';
import { createWriteStream, unlinkSync } from 'node:fs';
import { readdir, rename, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
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
  await sweepDeadTemporaries(path);
  const temp = join(dirname(path), temporaryName(path, process.pid, Date.now()));
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

/** `.FILE.HOST.PID.STAMP.tmp`: the host and process that write it, so a later run can tell whether its writer is gone. */
export function temporaryName(path: string, pid: number, now: number): string {
  return `.${basename(path)}.${safeHost()}.${pid}.${now.toString(36)}.tmp`;
}

function safeHost(): string {
  return hostname().replace(/[^A-Za-z0-9-]/g, '_') || 'host';
}

/**
 * Remove the temporary files of FILE whose writer ran on this host and is no
 * longer alive. Files of live runs, of other hosts (a shared folder) and of
 * any other name are left alone; nothing here may fail the run.
 */
async function sweepDeadTemporaries(path: string): Promise<void> {
  const prefix = `.${basename(path)}.${safeHost()}.`;
  let names: string[];
  try {
    names = await readdir(dirname(path));
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue;
    const pid = Number(name.slice(prefix.length).split('.')[0]);
    if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid || isAlive(pid)) continue;
    await unlink(join(dirname(path), name)).catch(() => {});
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
