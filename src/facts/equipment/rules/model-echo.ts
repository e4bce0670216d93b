/**
 * modelEchoes: a model the article has named ("Bayraktar TB2 drones") comes
 * back later as its bare designator, singular or plural ("the TB2s", "a
 * TB2"). Those words are mentions of the same thing; this pass finds them
 * once the rules have named the models, so a designator no rule reads alone
 * (no known prefix, no maker) still counts after its first full mention.
 */
import type { Word } from '../tokens.js';
import { isDesignator, modelCandidate } from './attributes.js';
import type { Candidate } from './rule.js';

/** A designator distinctive enough to stand for its model: letters and digits together ("TB2", "T-90", "MM40"). */
function distinctive(word: string): boolean {
  return word.length >= 3 && isDesignator(word) && /\p{L}/u.test(word) && /\d/.test(word);
}

export function modelEchoes(text: string, words: readonly Word[], candidates: readonly Candidate[]): Candidate[] {
  // Each distinctive designator word of a named model, with the first candidate that named it.
  const sources = new Map<string, Candidate>();
  for (const c of candidates) {
    if (c.model === null) continue;
    for (const word of c.model.split(' ')) if (distinctive(word) && !sources.has(word)) sources.set(word, c);
  }
  if (sources.size === 0) return [];
  const out: Candidate[] = [];
  for (const word of words) {
    const singular = /\d[sS]$/.test(word.text) || /['’]s$/.test(word.text) ? word.text.replace(/['’]?s$/i, '') : word.text;
    const source = sources.get(word.text) ?? sources.get(singular);
    if (source === undefined || word.start < source.end) continue;
    // Part of a longer designator ("TB2-A", "T-90M") is another variant, which the rules read themselves.
    if (/[-/\p{L}\p{N}]/u.test(text[word.start - 1] ?? '') || /^[-/]\p{L}|^[-/]\d/u.test(text.slice(word.end, word.end + 2))) continue;
    const echo = modelCandidate(text, word.start, word.end, source.model!, source.category, null);
    out.push({ ...echo, family: source.family, canonicalHead: source.canonicalHead, classPhrase: source.model!, classKey: source.model!.toLowerCase() });
  }
  return out;
}
