/**
 * An <h1> that lost characters to a bad encoding on the way to the page: a question mark or a
 * replacement character (U+FFFD) stands where the meta title has an apostrophe, a curly quote, a
 * colon or an accented letter ("Beginner? guide" beside "Beginner's guide"). The meta title,
 * written for machines, kept them, and is the headline.
 */
const LOST = /[?\ufffd]/;

export function lostCharacters(h1: string, metaTitle: string): boolean {
  const h = h1.replace(/\s+/g, ' ').trim(), m = metaTitle.replace(/\s+/g, ' ').trim();
  // A question mark that ends the headline is a real question; only one inside it is suspect.
  const inner = h.replace(/\?+$/, '');
  if (!LOST.test(inner) || h === m) return false;
  const pattern = [...inner].map((c) => (LOST.test(c) ? '\\S{0,3}' : c.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'))).join('');
  return new RegExp(`^${pattern}\\??$`, 'iu').test(m) && m.replace(/[^\p{L}\p{N}]/gu, '').length >= inner.replace(/[^\p{L}\p{N}]/gu, '').length;
}
