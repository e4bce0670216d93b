/**
 * dropQuotedSubheadings: a paragraph that is nothing but a short phrase in
 * single quotation marks ("‘A tough decision.’") is a subheading: news
 * headline style puts quoted words in single marks, and long stories break
 * into sections under such a phrase, taken from the speech quoted below it.
 * The quote itself is found where it is said, in the body.
 * Doubled apostrophes (''…'', the double mark of plain-text archives) are not
 * single marks.
 */
import type { Span } from '../text/document.js';
import type { QuoteCandidate } from './filters.js';

const MAX_SUBHEADING_WORDS = 8;
const SINGLE_MARKS = /['‘’‚‛]/;

export function isQuotedSubheading(text: string, paragraphs: readonly Span[], c: QuoteCandidate): boolean {
  if (c.runsOn || c.continued) return false;
  if (!SINGLE_MARKS.test(text[c.open]!) || isDoubledApostrophe(text, c.open) || isDoubledApostrophe(text, c.close)) return false;
  const paragraph = paragraphs[c.paragraph];
  if (!paragraph) return false;
  // Nothing but white space and punctuation around the marks in the paragraph.
  if (/[\p{L}\p{N}]/u.test(text.slice(paragraph.start, c.open)) || /[\p{L}\p{N}]/u.test(text.slice(c.close + 1, paragraph.end))) return false;
  const words = text.slice(c.start, c.end).match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  return words <= MAX_SUBHEADING_WORDS;
}

/** A mark that is one of two apostrophes written side by side (marks.ts pairs them as one double mark). */
function isDoubledApostrophe(text: string, at: number): boolean {
  return text[at] === "'" && (text[at - 1] === "'" || text[at + 1] === "'");
}

export function dropQuotedSubheadings(text: string, paragraphs: readonly Span[], candidates: QuoteCandidate[]): QuoteCandidate[] {
  return candidates.filter((c) => !isQuotedSubheading(text, paragraphs, c));
}
