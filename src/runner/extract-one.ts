/** Extraction of one task, the same in a worker and in the main thread (--jobs 1). */
import { errorRecord, recordFromDocument } from '../pipeline.js';
import type { OutputRecord } from '../schema.js';
import { doneFromRecord, withFeed, type Done, type ExtractTask } from './task.js';

export function extractOne(task: ExtractTask): Done {
  const started = performance.now();
  let record: OutputRecord;
  try {
    record = recordFromDocument(
      task.input,
      { bytes: task.bytes, contentType: task.contentType, url: task.url },
      { referenceDate: task.referenceDate },
    );
  } catch (error) {
    record = errorRecord(task.input, error);
  }
  return doneFromRecord(withFeed(record, task.feed), performance.now() - started);
}
