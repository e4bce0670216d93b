/**
 * JSON-LD articleBody as a second opinion on the extracted body. The publisher's own copy of the
 * body is a strong signal, but it is often a teaser, stripped of paragraph breaks or stale, so it
 * never replaces a good DOM extraction outright:
 *   - when the DOM extraction covers less than half of it, the scorer picked the wrong container
 *     and the articleBody paragraphs are used instead;
 *   - when it is complete (about as long as the extraction), paragraphs it does not contain at
 *     all (captions, promos, bios the pruning missed) are dropped.
 */
import { shinglesOfWords, wordsOf } from './shingles.js';

const MIN_WORDS = 60;

export function refineWithArticleBody(paragraphs: string[], articleBody: string | null | undefined): string[] {
  if (!articleBody) return paragraphs;
  const body = cleanArticleBody(articleBody);
  const bodyWords = wordsOf(body);
  if (bodyWords.length < MIN_WORDS) return paragraphs;
  // Each paragraph's words are split once: no word runs across a paragraph break, so the
  // extraction's words are theirs end to end.
  const paragraphWords = paragraphs.map(wordsOf);
  const extractedWords: string[] = [];
  for (const words of paragraphWords) for (const w of words) extractedWords.push(w);
  const ids = wordIds(bodyWords, extractedWords);
  const shinglesOf = (words: readonly string[]): ShingleSet => (ids ? shingleSet(words, ids) : new Set(shinglesOfWords(words).keys()));
  const reference = shinglesOf(bodyWords);
  const coverage = share(reference, shinglesOf(extractedWords));
  if (coverage < 0.5) return splitBody(body);
  if (bodyWords.length < extractedWords.length * 0.6) return paragraphs; // a teaser or summary: no veto power
  return paragraphs.filter((_, i) => {
    const own = shinglesOf(paragraphWords[i]!);
    if (own.size === 0) return true;
    return share(own, reference) >= 0.3;
  });
}

/** Distinct shingles, as shingles.ts forms them (four words, or all of a shorter text's words). */
type ShingleSet = Set<number | string>;

/** Word ids below this fit four to a shingle in one exact double (4 × 13 bits < 53). */
const ID_LIMIT = 8192;

/** A small id per distinct word of both texts, or null when there are too many for shingleSet. */
function wordIds(...texts: (readonly string[])[]): ReadonlyMap<string, number> | null {
  const ids = new Map<string, number>();
  for (const words of texts) {
    for (const w of words) if (!ids.has(w)) ids.set(w, ids.size);
    if (ids.size > ID_LIMIT) return null;
  }
  return ids;
}

/**
 * The distinct four-word shingles of `words` as numbers: four word ids make one number, so no
 * string is built per shingle (which was most of this refiner's time). The same shingles as
 * shingles.ts forms, compared exactly.
 */
function shingleSet(words: readonly string[], ids: ReadonlyMap<string, number>): ShingleSet {
  const out: ShingleSet = new Set();
  if (words.length === 0) return out;
  if (words.length < 4) return out.add(words.join(' '));
  let a = ids.get(words[0]!)!;
  let b = ids.get(words[1]!)!;
  let c = ids.get(words[2]!)!;
  for (let i = 3; i < words.length; i++) {
    const d = ids.get(words[i]!)!;
    out.add(((a * ID_LIMIT + b) * ID_LIMIT + c) * ID_LIMIT + d);
    a = b;
    b = c;
    c = d;
  }
  return out;
}

/** Fraction of `a`'s distinct shingles that also occur in `b`. */
function share(a: ShingleSet, b: ShingleSet): number {
  if (a.size === 0) return 0;
  let hit = 0;
  for (const k of a) if (b.has(k)) hit++;
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
