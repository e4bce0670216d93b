import type { OutputRecord } from '../../schema.js';
import { stringifyRecord } from '../../serialize.js';

/**
 * Pretty-printed JSON: always one array, whatever the number of inputs (one
 * shape a script can rely on; `jq '.[]'` reads it). The writer streams: an
 * opening, each record as it is finished, a closing, which an interrupted
 * run writes too, so what was printed stays valid JSON.
 */
export interface JsonWriter {
  open(): string;
  record(record: OutputRecord | Partial<OutputRecord>, index: number): string;
  /** `written` records went out before it. */
  close(written: number): string;
}

export function jsonWriter(): JsonWriter {
  const indent = (text: string) => text.replace(/^/gm, '  ');
  return {
    open: () => '[\n',
    record: (record, index) => `${index > 0 ? ',\n' : ''}${indent(stringifyRecord(record, 2))}`,
    close: (written) => (written === 0 ? ']\n' : '\n]\n'),
  };
}
