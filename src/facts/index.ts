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
import { countDatesWithoutValue, extractDates } from './dates/index.js';
import { extractQuotes } from './quotes/index.js';

/**
 * The facts of one article. `options.referenceDate` is the day relative dates
 * count from, already decided by the pipeline (publication day or the user's
 * reference); this stage does not second-guess it.
 */
export function extractFacts(article: Article, options: ExtractOptions): Facts {
  const doc = createTextDocument(article.text);
  const actors = extractActors(doc);
  const equipment = extractEquipment(doc);
  const dates = extractDates(doc, options);
  const quotes = extractQuotes(doc, { actors, includeIndirect: options.indirect === true });
  return { actors, equipment, dates, quotes };
}

/**
 * The warning an article gets when it has relative dates ("yesterday", "last
 * week") but no reference to count them from: they are left out of `dates`,
 * and the reader should know why. Null when nothing is missing.
 */
export function unanchoredDatesWarning(article: Article, options: ExtractOptions): WarningCode | null {
  if (options.referenceDate) return null;
  return countDatesWithoutValue(createTextDocument(article.text), options) > 0 ? 'relative-dates-without-reference' : null;
}
