/**
 * One input, start to finish: acquire → article → facts → record. Every
 * failure becomes an error record for that input; this function never throws,
 * so one bad input can never cost the others their results.
 */
import { acquire, describeInput, InputError, type AcquireOptions } from './acquire/index.js';
import { parseArticle, type RawDocument } from './article/index.js';
import { extractFacts } from './facts/index.js';
import { SCHEMA_VERSION, type ErrorRecord, type InputRef, type OutputRecord, type ResultRecord } from './schema.js';

export interface PipelineOptions {
  referenceDate: string | null;
}

/** Article and facts from bytes already in hand (used by eval, workers, the API). */
export function recordFromDocument(input: InputRef, raw: RawDocument, options: PipelineOptions): ResultRecord {
  const article = parseArticle(raw);
  const facts = extractFacts(article, { referenceDate: options.referenceDate });
  return { schemaVersion: SCHEMA_VERSION, input, article, ...facts };
}

export function errorRecord(input: InputRef, error: unknown): ErrorRecord {
  const known = error instanceof InputError;
  return {
    schemaVersion: SCHEMA_VERSION,
    input,
    error: {
      code: known ? error.code : 'EINTERNAL',
      message: known ? error.message : `extraction failed: ${(error as Error)?.message ?? String(error)}`,
    },
  };
}

export async function processSource(
  source: string,
  options: PipelineOptions & AcquireOptions,
): Promise<OutputRecord> {
  const input = describeInput(source);
  try {
    const acquired = await acquire(source, options);
    return recordFromDocument(
      acquired.input,
      { bytes: acquired.bytes, contentType: acquired.contentType, url: acquired.url },
      options,
    );
  } catch (error) {
    return errorRecord(input, error);
  }
}
