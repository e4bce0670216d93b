/**
 * JSON-LD articleBody as a second opinion on the extracted body. The publisher's own copy of the
 * body is a strong signal, but it is often a teaser, stripped of paragraph breaks or stale, so it
 * never replaces a good DOM extraction outright:
 *   - when the DOM extraction covers less than half of it, the scorer picked the wrong container
 *     and the articleBody paragraphs are used instead;
 *   - when it is complete (about as long as the extraction), paragraphs it does not contain at
 *     all (captions, promos, bios the pruning missed) are dropped.
 */
import { shingles } from './shingles.js';

const MIN_WORDS = 60;

export function refineWithArticleBody(paragraphs: string[], articleBody: string | null | undefined): string[] {
  if (!articleBody) return paragraphs;
  const body = cleanArticleBody(articleBody);
  const wordCount = body.match(/[\p{L}\p{N}_]+/gu)?.length ?? 0;
  if (wordCount < MIN_WORDS) return paragraphs;
  const reference = shingles(body);
  const extracted = shingles(paragraphs.join('\n'));
  const coverage = share(reference, extracted);
  if (coverage < 0.5) return splitBody(body);
  const extractedWords = paragraphs.join(' ').match(/[\p{L}\p{N}_]+/gu)?.length ?? 0;
  if (wordCount < extractedWords * 0.6) return paragraphs; // a teaser or summary: no veto power
  return paragraphs.filter((p) => {
    const own = shingles(p);
    if (own.size === 0) return true;
    return share(own, reference) >= 0.3;
  });
}

/** Fraction of `a`'s distinct shingles that also occur in `b`. */
function share(a: Map<string, number>, b: Map<string, number>): number {
  if (a.size === 0) return 0;
  let hit = 0;
  for (const k of a.keys()) if (b.has(k)) hit++;
  return hit / a.size;
}

/** Some sites put HTML or entities into articleBody. */
function cleanArticleBody(s: string): string {
  return s
    .replace(/<(?:br|\/p|\/div|\/h\d|\/li)\b[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#0?39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\r\n?/g, '\n');
}

function splitBody(body: string): string[] {
  return body.split(/\n+/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
}
