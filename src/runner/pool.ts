/**
 * A small pool of extraction workers (worker_threads). Each worker takes one
 * task at a time, so when one crashes or runs past the time limit we know
 * exactly which input it was: that input gets an error record (EINTERNAL or
 * ETIMEOUT), the worker is thrown away, and a fresh one takes its place.
 * Workers start lazily, so a single input costs one worker, not N.
 */
import { Worker } from 'node:worker_threads';
import { errorDone, type Done, type ExtractTask } from './task.js';
import type { TaskMessage, WorkerMessage } from './worker.js';

export interface Extractor {
  run(task: ExtractTask): Promise<Done>;
  close(): Promise<void>;
}

export interface PoolOptions {
  size: number;
  /** Per-input extraction time limit in ms; null for none. */
  timeoutMs: number | null;
  /** The worker script; the built dist/runner/worker.js by default. */
  workerUrl?: URL;
  /** Heap cap per worker: a runaway input fails alone instead of taking the machine. */
  maxHeapMb?: number;
}

interface Pending {
  task: ExtractTask;
  resolve: (done: Done) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  current: (Pending & { id: number; timer: NodeJS.Timeout | null }) | null;
  retired: boolean;
}

export class WorkerPool implements Extractor {
  private readonly slots = new Set<Slot>();
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private closed = false;
  /** Workers replaced after a crash or a time-out (reported by --verbose). */
  replaced = 0;

  constructor(private readonly options: PoolOptions) {}

  run(task: ExtractTask): Promise<Done> {
    if (this.closed) return Promise.resolve(errorDone(task.input, task.feed, 'EINTERNAL', 'the worker pool is closed'));
    return new Promise((resolve) => {
      this.queue.push({ task, resolve });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const pending of this.queue.splice(0)) {
      pending.resolve(errorDone(pending.task.input, pending.task.feed, 'EINTERNAL', 'the worker pool was closed'));
    }
    await Promise.all([...this.slots].map((slot) => this.retire(slot)));
  }

  private pump(): void {
    while (this.queue.length > 0) {
      const slot = [...this.slots].find((s) => s.ready && !s.current && !s.retired);
      if (!slot) {
        if (this.slots.size < this.options.size) this.spawn();
        return;
      }
      this.dispatch(slot, this.queue.shift()!);
    }
  }

  private spawn(): void {
    const url = this.options.workerUrl ?? new URL('./worker.js', import.meta.url);
    const worker = new Worker(url, {
      resourceLimits: this.options.maxHeapMb ? { maxOldGenerationSizeMb: this.options.maxHeapMb } : undefined,
    });
    const slot: Slot = { worker, ready: false, current: null, retired: false };
    this.slots.add(slot);
    worker.on('message', (message: WorkerMessage) => {
      if ('ready' in message) {
        slot.ready = true;
        this.pump();
        return;
      }
      const current = slot.current;
      if (!current || current.id !== message.id) return;
      if (current.timer) clearTimeout(current.timer);
      slot.current = null;
      current.resolve(message.done);
      this.pump();
    });
    const lost = (why: string) => {
      if (slot.retired) return;
      this.fail(slot, 'EINTERNAL', why);
    };
    worker.on('error', (error) => lost(`the extraction worker crashed: ${error?.message ?? String(error)}`));
    worker.on('exit', (code) => lost(`the extraction worker exited (code ${code})`));
  }

  private dispatch(slot: Slot, pending: Pending): void {
    const id = this.nextId++;
    const { bytes, ...rest } = pending.task;
    // Transfer, never share: copy when the bytes are a view into a larger
    // buffer (Node's small-Buffer pool), which must not be detached.
    const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
    const buffer = own ? (bytes.buffer as ArrayBuffer) : new Uint8Array(bytes).buffer;
    const timeoutMs = this.options.timeoutMs;
    const timer = timeoutMs
      ? setTimeout(() => this.fail(slot, 'ETIMEOUT', `extraction ran past the limit of ${timeoutMs} ms`), timeoutMs)
      : null;
    slot.current = { ...pending, id, timer };
    const message: TaskMessage = { id, task: { ...rest, bytes: buffer } };
    slot.worker.postMessage(message, [buffer]);
  }

  /** The worker is lost or stuck: its input fails, the worker goes, another may start. */
  private fail(slot: Slot, code: 'EINTERNAL' | 'ETIMEOUT', message: string): void {
    const current = slot.current;
    slot.current = null;
    if (current?.timer) clearTimeout(current.timer);
    void this.retire(slot);
    if (current) {
      this.replaced++;
      current.resolve(errorDone(current.task.input, current.task.feed, code, message));
    } else if (!slot.ready && this.queue.length > 0) {
      // The worker died while starting (a broken build?): fail one waiting
      // input with the reason so that respawning always makes progress.
      const next = this.queue.shift()!;
      next.resolve(errorDone(next.task.input, next.task.feed, 'EINTERNAL', message));
    }
    if (!this.closed) this.pump();
  }

  private async retire(slot: Slot): Promise<void> {
    if (slot.retired) return;
    slot.retired = true;
    this.slots.delete(slot);
    await slot.worker.terminate();
  }
}

/** --jobs 1: extract in the main thread; no worker start-up, no time limit. */
export async function inProcessExtractor(): Promise<Extractor> {
  const { extractOne } = await import('./extract-one.js');
  return {
    run: async (task) => extractOne(task),
    close: async () => {},
  };
}
