/**
 * A small pool of extraction workers (worker_threads). Each worker holds at
 * most two tasks: the one it runs and the next one, already in its inbox, so
 * it never waits for the main thread between inputs. A worker runs its tasks
 * one after another, so when one crashes or runs past the time limit we know
 * exactly which input it was: that input gets an error record (EINTERNAL or
 * ETIMEOUT), the task waiting behind it goes back to the queue, the worker is
 * thrown away, and a fresh one takes its place. Workers start lazily, so a
 * single input costs one worker, not N.
 */
import { Worker } from 'node:worker_threads';
import { errorDone, type Done, type ExtractTask } from './task.js';
import type { TaskMessage, WorkerMessage } from './worker.js';

export interface Extractor {
  /** True when the extractor reads local files itself, so tasks may come with bytes: null. */
  readonly readsFiles: boolean;
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

/** Tasks a worker holds at once: the running one and the next. */
const TASKS_PER_WORKER = 2;

interface Pending {
  task: ExtractTask;
  resolve: (done: Done) => void;
}

interface Sent extends Pending {
  id: number;
  /** The time limit, armed when the task starts running (reaches the head of its worker's list). */
  timer: NodeJS.Timeout | null;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  /** Tasks sent to this worker, in the order it runs them; the first is running. */
  sent: Sent[];
  retired: boolean;
}

export class WorkerPool implements Extractor {
  readonly readsFiles = true;
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

  /** Idle workers first, then start more workers while there is work for them, then fill inboxes. */
  private pump(): void {
    while (this.queue.length > 0) {
      const live = [...this.slots].filter((s) => !s.retired);
      const idle = live.find((s) => s.ready && s.sent.length === 0);
      if (idle) {
        this.dispatch(idle, this.queue.shift()!);
        continue;
      }
      const starting = live.filter((s) => !s.ready).length;
      if (this.slots.size < this.options.size && starting < this.queue.length) {
        this.spawn();
        continue;
      }
      const roomy = live.find((s) => s.ready && s.sent.length < TASKS_PER_WORKER);
      if (!roomy) return;
      this.dispatch(roomy, this.queue.shift()!);
    }
  }

  private spawn(): void {
    const url = this.options.workerUrl ?? new URL('./worker.js', import.meta.url);
    const worker = new Worker(url, {
      resourceLimits: this.options.maxHeapMb ? { maxOldGenerationSizeMb: this.options.maxHeapMb } : undefined,
    });
    const slot: Slot = { worker, ready: false, sent: [], retired: false };
    this.slots.add(slot);
    worker.on('message', (message: WorkerMessage) => {
      if ('ready' in message) {
        slot.ready = true;
        this.pump();
        return;
      }
      const head = slot.sent[0];
      if (!head || head.id !== message.id) return;
      if (head.timer) clearTimeout(head.timer);
      slot.sent.shift();
      // The worker goes straight on to the next task it holds: its clock starts now.
      if (slot.sent[0]) this.arm(slot, slot.sent[0]);
      head.resolve(message.done);
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
    // The worker gets a copy (made here, then transferred): the caller's
    // bytes stay whole, so a task waiting behind a worker that dies can go
    // back to the queue, and a view into a shared buffer is never detached.
    const buffer = bytes ? new Uint8Array(bytes).buffer : null; // a copy even for a Buffer, whose slice() is a view
    const sent: Sent = { ...pending, id, timer: null };
    slot.sent.push(sent);
    if (slot.sent.length === 1) this.arm(slot, sent);
    const message: TaskMessage = { id, task: { ...rest, bytes: buffer } };
    slot.worker.postMessage(message, buffer ? [buffer] : []);
  }

  private arm(slot: Slot, sent: Sent): void {
    const timeoutMs = this.options.timeoutMs;
    if (timeoutMs) sent.timer = setTimeout(() => this.fail(slot, 'ETIMEOUT', `extraction ran past the limit of ${timeoutMs} ms`), timeoutMs);
  }

  /**
   * The worker is lost or stuck: the input it was running fails, the one
   * waiting behind it goes back to the front of the queue, the worker goes,
   * another may start.
   */
  private fail(slot: Slot, code: 'EINTERNAL' | 'ETIMEOUT', message: string): void {
    const [running, ...waiting] = slot.sent.splice(0);
    for (const sent of [running, ...waiting]) if (sent?.timer) clearTimeout(sent.timer);
    void this.retire(slot);
    if (running) {
      this.replaced++;
      running.resolve(errorDone(running.task.input, running.task.feed, code, message));
    } else if (!slot.ready && this.queue.length > 0) {
      // The worker died while starting (a broken build?): fail one waiting
      // input with the reason so that respawning always makes progress.
      const next = this.queue.shift()!;
      next.resolve(errorDone(next.task.input, next.task.feed, 'EINTERNAL', message));
    }
    this.queue.unshift(...waiting.map(({ task, resolve }) => ({ task, resolve })));
    if (!this.closed) this.pump();
  }

  private async retire(slot: Slot): Promise<void> {
    if (slot.retired) return;
    slot.retired = true;
    this.slots.delete(slot);
    await slot.worker.terminate();
  }
}
