/**
 * The facts stage: one visible pipeline from an article's text to its facts.
 * Each extractor is itself a pipeline of small named rules (see its folder).
 * Actors come first because quotes link their speakers to them; equipment and
 * dates read the text alone.
 */
import type { ExtractOptions } from '../options.js';
import type { Article, Facts, WarningCode } from '../schema.js';
import { createTextDocument } from './text/document.js';
import { extractActors } from './actors/index.js';
import { extractEquipment } from './equipment/index.js';
import { resolveDates } from './dates/index.js';
import { extractQuotes } from './quotes/index.js';

/**
 * The facts of one article. `options.referenceDate` is the day relative dates
 * count from, already decided by the pipeline (publication day or the user's
 * reference); this stage does not second-guess it.
 */
export function extractFacts(article: Article, options: ExtractOptions): Facts {
  return extractFactsWithWarnings(article, options).facts;
}

/**
 * The facts and what the reader should know about them, from one pass over
 * the text: when relative dates ("yesterday", "last week") have no reference
 * to count from they are left out of `dates`, and the warning says why.
 */
export function extractFactsWithWarnings(article: Article, options: ExtractOptions): { facts: Facts; warnings: WarningCode[] } {
  const doc = createTextDocument(article.text);
  const actors = extractActors(doc);
  const equipment = extractEquipment(doc);
  const { facts: dates, withoutValue } = resolveDates(doc, options);
  const quotes = extractQuotes(doc, { actors, includeIndirect: options.indirect === true });
  const warnings: WarningCode[] = !options.referenceDate && withoutValue > 0 ? ['relative-dates-without-reference'] : [];
  return { facts: { actors, equipment, dates, quotes }, warnings };
}
