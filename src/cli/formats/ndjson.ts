import type { OutputRecord } from '../../schema.js';

/** One compact JSON object per line: the streaming contract. */
export function formatNdjson(record: OutputRecord): string {
  return `${JSON.stringify(record)}\n`;
}
