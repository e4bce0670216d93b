/**
 * One input, start to finish: acquire → article → facts → record. Every
 * failure becomes an error record for that input; this function never throws,
 * so one bad input can never cost the others their results.
 */
import { acquire, describeInput, InputError, type AcquireOptions } from './acquire/index.js';
import { parseArticle, type RawDocument } from './article/index.js';
import { extractFactsWithWarnings } from './facts/index.js';
import { normalizeReferenceDate, type ExtractOptions } from './options.js';
import { SCHEMA_VERSION, type Article, type ErrorRecord, type InputRef, type OutputRecord, type ResultRecord } from './schema.js';

/** @deprecated the same as ExtractOptions, kept for library users. */
export type PipelineOptions = ExtractOptions;

/** Article and facts from bytes already in hand (used by eval, workers, the API). */
export function recordFromDocument(input: InputRef, raw: RawDocument, options: ExtractOptions): ResultRecord {
  const article = parseArticle(raw);
  const factOptions = { ...options, referenceDate: referenceDayFor(article, options) };
  const { facts, warnings } = extractFactsWithWarnings(article, factOptions);
  article.warnings.push(...warnings);
  return { schemaVersion: SCHEMA_VERSION, input, article, ...facts };
}

/**
 * The moment an article's relative dates count from. Policy: the article's
 * own publication date wins, because the reporter counted "Thursday" from it;
 * then the date of the feed item it came from; the user's --reference-date is
 * the fallback for pages that state none. Dates and date-times both count;
 * a time of day travels along for clock expressions ("this morning").
 */
export function referenceDayFor(article: Pick<Article, 'publishedAt'>, options: ExtractOptions): string | null {
  return referenceDay(article.publishedAt) ?? referenceDay(options.feedItemDate ?? null) ?? referenceDay(options.referenceDate);
}

/**
 * A timestamp as the publisher wrote it, in canonical reference form: the
 * local date and time, not converted to UTC, because reporters count
 * "Thursday" in their own time zone. A timestamp that is no clean ISO-8601
 * value still gives its day when it starts with one.
 */
export function referenceDay(publishedAt: string | null): string | null {
  if (!publishedAt) return null;
  const canonical = normalizeReferenceDate(publishedAt);
  if (canonical) return canonical;
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(publishedAt);
  return m ? normalizeReferenceDate(m[1]!) : null;
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
