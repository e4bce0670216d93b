/**
 * The body-extraction metric used by the bench and the corpus test (the article-extraction-benchmark
 * convention): words are runs of \w (Unicode-aware: letters, digits, underscore), a page's text is
 * the multiset of its 4-word shingles, and per page
 *   precision = |pred ∩ truth| / |pred|,  recall = |pred ∩ truth| / |truth|  (multiset intersection).
 * Edge cases, chosen and fixed here: both empty -> P = R = 1; nothing predicted but a body exists ->
 * P = 0, R = 0 (an empty answer is not "precise"); something predicted for an empty truth -> P = 0, R = 1.
 * Texts shorter than 4 words form one shingle of all their words. Scores are averaged over pages and
 * F1 is the harmonic mean of mean precision and mean recall.
 */

const WORD = /[\p{L}\p{N}_]+/gu;

export function shingles(text: string, size = 4): Map<string, number> {
  return shinglesOfWords(wordsOf(text), size);
}

/** The words as the metric counts them. */
export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** shingles() of text whose words are already split (wordsOf): callers that need both avoid a second scan. */
export function shinglesOfWords(words: readonly string[], size = 4): Map<string, number> {
  const out = new Map<string, number>();
  if (words.length === 0) return out;
  const n = Math.min(size, words.length);
  for (let i = 0; i + n <= words.length; i++) {
    // The usual four words are joined by hand: a slice and a join per shingle were most of the cost.
    const key = n === 4 ? `${words[i]} ${words[i + 1]} ${words[i + 2]} ${words[i + 3]}` : words.slice(i, i + n).join(' ');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

function total(m: Map<string, number>): number {
  let n = 0;
  for (const v of m.values()) n += v;
  return n;
}

export interface PageScore {
  precision: number;
  recall: number;
}

export function scorePage(predicted: string, truth: string): PageScore {
  const p = shingles(predicted);
  const t = shingles(truth);
  const np = total(p);
  const nt = total(t);
  if (np === 0 && nt === 0) return { precision: 1, recall: 1 };
  if (np === 0) return { precision: 0, recall: 0 };
  if (nt === 0) return { precision: 0, recall: 1 };
  let overlap = 0;
  for (const [k, v] of p) overlap += Math.min(v, t.get(k) ?? 0);
  return { precision: overlap / np, recall: overlap / nt };
}

export function aggregate(scores: PageScore[]): { precision: number; recall: number; f1: number } {
  const n = scores.length || 1;
  const precision = scores.reduce((a, s) => a + s.precision, 0) / n;
  const recall = scores.reduce((a, s) => a + s.recall, 0) / n;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
