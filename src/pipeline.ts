/**
 * One input, start to finish: acquire → article → facts → record. Every
 * failure becomes an error record for that input; this function never throws,
 * so one bad input can never cost the others their results.
 */
import { acquire, describeInput, InputError, type AcquireOptions } from './acquire/index.js';
import { parseArticle, type RawDocument } from './article/index.js';
import { extractFacts } from './facts/index.js';
import type { ExtractOptions } from './options.js';
import { SCHEMA_VERSION, type Article, type ErrorRecord, type InputRef, type OutputRecord, type ResultRecord } from './schema.js';

/** @deprecated the same as ExtractOptions, kept for library users. */
export type PipelineOptions = ExtractOptions;

/** Article and facts from bytes already in hand (used by eval, workers, the API). */
export function recordFromDocument(input: InputRef, raw: RawDocument, options: ExtractOptions): ResultRecord {
  const article = parseArticle(raw);
  const facts = extractFacts(article, { ...options, referenceDate: referenceDayFor(article, options) });
  return { schemaVersion: SCHEMA_VERSION, input, article, ...facts };
}

/**
 * The day an article's relative dates count from. Policy: the article's own
 * publication day wins, because the reporter counted "Thursday" from it; the
 * user's --reference-date is the fallback for pages that state none.
 */
export function referenceDayFor(article: Pick<Article, 'publishedAt'>, options: ExtractOptions): string | null {
  return referenceDay(article.publishedAt) ?? options.referenceDate ?? null;
}

/**
 * The calendar day of a publication timestamp as the publisher wrote it: the
 * local date part, not converted to UTC, because reporters count "Thursday"
 * in their own time zone.
 */
export function referenceDay(publishedAt: string | null): string | null {
  const m = publishedAt ? /^(\d{4}-\d{2}-\d{2})/.exec(publishedAt) : null;
  return m ? m[1]! : null;
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
  options: ExtractOptions & AcquireOptions,
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
