/**
 * dropHeadlineCitations: a reading list or newsletter cites a story by its
 * headline and author: `LABEL—"Museum to close at the end of June," by the
 * Gazette's Jane Doe: …`. The quoted headline is the story's title, not anyone's
 * words. Recognized by its shape: it opens its paragraph (after at most a
 * label without lower-case letters, "BROADWAY BEAT—"), starts with a capital,
 * ends with a comma, and "by" and a capitalized name follow the closing mark.
 * A quote followed by a passive agent ("“…” by Doe") lacks the comma, or
 * stands inside a sentence.
 */
import type { Span } from '../text/document.js';
import type { QuoteCandidate } from './filters.js';

const BY_AUTHOR = /^[\s”"’']*by\s+(?:the\s+)?\p{Lu}/u;
const LABEL_ONLY = /^[^\p{Ll}]*$/u;
/** Characters read after the closing mark: constant per quote. */
const WINDOW = 24;

export function isHeadlineCitation(text: string, paragraphs: readonly Span[], c: QuoteCandidate): boolean {
  if (c.runsOn || c.continued) return false;
  if (!/^[^\p{L}]*\p{Lu}/u.test(text.slice(c.start, c.end))) return false;
  if (!/,\s*$/.test(text.slice(c.start, c.close))) return false;
  if (!BY_AUTHOR.test(text.slice(c.close + 1, c.close + 1 + WINDOW))) return false;
  const paragraph = paragraphs[c.paragraph];
  return paragraph !== undefined && c.open - paragraph.start <= WINDOW && LABEL_ONLY.test(text.slice(paragraph.start, c.open));
}

export function dropHeadlineCitations(text: string, paragraphs: readonly Span[], candidates: QuoteCandidate[]): QuoteCandidate[] {
  return candidates.filter((c) => !isHeadlineCitation(text, paragraphs, c));
}
