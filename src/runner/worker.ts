/**
 * Worker thread entry: extract each task it is sent and post the result.
 * "ready" tells the pool the (slow) module loading is over, so the pool's
 * per-input time limit measures extraction only.
 */
import { parentPort } from 'node:worker_threads';
import { errorDone, type Done, type ExtractTask } from './task.js';

export interface TaskMessage {
  id: number;
  task: Omit<ExtractTask, 'bytes'> & { bytes: ArrayBuffer | null };
}

export type WorkerMessage = { ready: true } | { id: number; done: Done };

const { extractOne } = await import('./extract-one.js');
const port = parentPort!;

port.on('message', ({ id, task }: TaskMessage) => {
  let done: Done;
  try {
    done = extractOne({ ...task, bytes: task.bytes ? new Uint8Array(task.bytes) : null });
  } catch (error) {
    // extractOne already catches extraction errors; this is serialization trouble.
    done = errorDone(task.input, task.feed, 'EINTERNAL', `extraction failed: ${(error as Error)?.message ?? String(error)}`);
  }
  port.postMessage({ id, done } satisfies WorkerMessage);
});
port.postMessage({ ready: true } satisfies WorkerMessage);
