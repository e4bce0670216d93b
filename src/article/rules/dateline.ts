/**
 * Datelines that no class names: "December 15, 2025" alone in a paragraph under the headline, or
 * "- Mar 27, 2024" after a byline. Templates print the date for readers without any date or time
 * class, so the hint search misses them. An element's own text (its direct text, not its
 * children's) that is short and holds a whole date with its year is such a dateline; the first
 * ones in document order sit by the headline, before any teaser's date.
 */
import type { Element } from 'domhandler';

const MAX_CHARS = 60;
const YEAR = /\b(?:19|20)\d{2}\b/;
const MONTH_OR_NUMERIC = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s|\b\d{1,2}(?:st|nd|rd|th)?\.?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d{2}\b|\b(?:19|20)\d{2}-\d{2}-\d{2}\b/i;
/** Lead words a dateline may carry ("Published on", "Last updated:", "- "). */
const LEAD = /^[\s\p{P}·•|]*(?:(?:first\s+)?(?:published|posted|updated|last\s+updated|modified|date|written)(?:\s+on)?\s*:?\s*)?/iu;

/** The dateline text of an element (its own text, lead words dropped), or null. */
export function datelineText(el: Element): string | null {
  let own = '';
  for (const c of el.children) if (c.type === 'text') own += c.data;
  // Most elements have no text of their own, or a long one: decided before normalizing, since every element is asked
  // (the upper bound leaves room for a template's indentation between children).
  // The year test reads the raw text as well as the normalized one, and nearly every element fails it.
  if (own.length < 6 || own.length > 4096 || !YEAR.test(own)) return null;
  own = own.replace(/\s+/g, ' ').trim();
  if (own.length < 6 || own.length > MAX_CHARS || !MONTH_OR_NUMERIC.test(own)) return null;
  return own;
}

/** Whether the dateline says it is an update rather than the first publication. */
export function isUpdateLine(text: string): boolean {
  return /\b(?:updated|modified|revised)\b/i.test(text) && !/\b(?:published|posted)\b/i.test(text);
}

/**
 * The dateline without its lead words, ready for the date parser. A numeric day is rewritten as
 * ISO when its order is certain: dots are day-first ("23.07.2025"), and slashes only when one
 * part cannot be a month ("23/07/2025", "07/23/2025").
 */
export function datelineValue(text: string): string {
  const s = text.replace(LEAD, '').replace(/[\s\p{P}·•|]+$/u, '').trim();
  const dotted = /^(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})\b/.exec(s);
  if (dotted) return iso(+dotted[3]!, +dotted[2]!, +dotted[1]!);
  const slashed = /^(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})\b/.exec(s);
  if (slashed) {
    const [a, b, y] = [+slashed[1]!, +slashed[2]!, +slashed[3]!];
    if (a > 12 && b <= 12) return iso(y, b, a);
    if (b > 12 && a <= 12) return iso(y, a, b);
  }
  return s;
}

const iso = (y: number, m: number, d: number): string => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
