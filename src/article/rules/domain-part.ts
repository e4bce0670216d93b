/**
 * A title part that is a domain name ("Example.com - Story", "Story | example.org") is the site's
 * brand, whatever og:site_name says (or when the page names no site at all). The domain part goes,
 * with the short brand parts beyond it (at most four words: "Brand | brand.com - Story"), when the
 * story's side keeps at least three words.
 */
import { TITLE_PART_SEPARATOR } from './headline-shape.js';

/** The title separator, captured: the split keeps the separators between the parts. */
const PART_SEPARATOR = new RegExp(`(${TITLE_PART_SEPARATOR.source})`);
const DOMAIN = /^(?:www\.)?[\p{L}\p{N}][\p{L}\p{N}-]*(?:\.[\p{L}\p{N}-]+)*\.(?:com|org|net|info|io|co|biz|news|blog|tv|me|uk|de|fr|es|it|nl|au|ca|in|eu|us|ch|at|se|no|dk|fi|pl|be|ie|nz)$/iu;

const words = (parts: string[]): number => parts.join(' ').split(/\s+/).filter(Boolean).length;

export function dropDomainPart(title: string): string {
  // Parts at even indexes, the separators between them at odd ones.
  const pieces = title.split(PART_SEPARATOR);
  const parts = pieces.filter((_, i) => i % 2 === 0);
  if (parts.length < 2) return title;
  const join = (from: number, to: number): string => pieces.slice(from * 2, to * 2 - 1).join('').trim();
  const isDomain = (p: string): boolean => DOMAIN.test(p.trim());
  for (let i = 0; i < parts.length; i++) {
    if (!isDomain(parts[i]!)) continue;
    const before = parts.slice(0, i), after = parts.slice(i + 1);
    if (words(after) >= 3 && words(before) <= 4 && (before.length === 0 || words(after) > words(before))) {
      return join(i + 1, parts.length);
    }
    if (words(before) >= 3 && words(after) <= 4) return join(0, i);
  }
  return title;
}
