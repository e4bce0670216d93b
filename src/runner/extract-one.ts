/** Extraction of one task, the same in a worker and in the main thread (--jobs 1). */
import { acquireLocalFileSync, DEFAULT_MAX_BYTES } from '../acquire/index.js';
import { errorRecord, recordFromDocument } from '../pipeline.js';
import type { OutputRecord } from '../schema.js';
import { doneFromRecord, withFeed, type Done, type ExtractTask } from './task.js';

export function extractOne(task: ExtractTask): Done {
  const started = performance.now();
  let readMs = 0;
  let record: OutputRecord;
  try {
    const bytes = task.bytes ?? acquireLocalFileSync(task.input.source, task.maxBytes ?? DEFAULT_MAX_BYTES);
    readMs = task.bytes ? 0 : performance.now() - started;
    record = recordFromDocument(task.input, { bytes, contentType: task.contentType, url: task.url }, { referenceDate: task.referenceDate, feedItemDate: task.feed?.itemPublishedAt ?? null, indirect: task.indirect === true });
  } catch (error) {
    record = errorRecord(task.input, error);
  }
  return doneFromRecord(withFeed(record, task.feed), performance.now() - started - readMs, readMs, task.shape);
}
