/**
 * dropMarkupAttributes: a quoted value right after "=" (`pic="…"`,
 * `data-author="…"`) is markup or code left in the text, an attribute's
 * value, not anyone's words. Plain-text inputs and embeds pasted into an
 * article carry such tags; in prose a quotation never follows "=" directly.
 */
import type { QuoteCandidate } from './filters.js';

export function dropMarkupAttributes(text: string, candidates: QuoteCandidate[]): QuoteCandidate[] {
  return candidates.filter((c) => text[c.open - 1] !== '=');
}
