import type { OutputRecord } from '../../schema.js';
import { stringifyRecord } from '../../serialize.js';

/**
 * Pretty-printed JSON: one object for one input, an array for several. The
 * writer streams: an opening, each record as it is finished, a closing.
 */
export interface JsonWriter {
  open(): string;
  record(record: OutputRecord, index: number): string;
  close(): string;
}

export function jsonWriter(inputCount: number): JsonWriter {
  const asArray = inputCount !== 1;
  const indent = (text: string) => (asArray ? text.replace(/^/gm, '  ') : text);
  return {
    open: () => (asArray ? '[\n' : ''),
    record: (record, index) => `${asArray && index > 0 ? ',\n' : ''}${indent(stringifyRecord(record, 2))}${asArray ? '' : '\n'}`,
    close: () => (asArray ? (inputCount === 0 ? ']\n' : '\n]\n') : ''),
  };
}
