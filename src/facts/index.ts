/**
 * The facts stage: one visible pipeline from an article's text to its facts.
 * Each extractor is itself a pipeline of small named rules (see its folder).
 * Actors come first because equipment (origin) and quotes (speakers) link to them.
 */
import type { Article, Facts } from '../schema.js';
import { createTextDocument } from './text/document.js';
import { extractActors } from './actors/index.js';
import { extractEquipment } from './equipment/index.js';
import { extractDates } from './dates/index.js';
import { extractQuotes } from './quotes/index.js';

export interface FactOptions {
  /** YYYY-MM-DD used when the article states no publication date. */
  referenceDate?: string | null;
}

export function extractFacts(article: Article, options: FactOptions = {}): Facts {
  const doc = createTextDocument(article.text);
  const referenceDate = referenceDay(article.publishedAt) ?? options.referenceDate ?? null;
  const actors = extractActors(doc);
  const equipment = extractEquipment(doc, { actors });
  const dates = extractDates(doc, { referenceDate });
  const quotes = extractQuotes(doc, { actors });
  return { actors, equipment, dates, quotes };
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
