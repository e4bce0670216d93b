import type { OutputRecord } from '../../schema.js';
import { stringifyRecord } from '../../serialize.js';

/** One compact JSON object per line: the streaming contract. */
export function formatNdjson(record: OutputRecord): string {
  return `${stringifyRecord(record)}\n`;
}
