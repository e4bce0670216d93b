/**
 * "this weekend", "last weekend", "next weekend", "this past weekend", and
 * "the weekend" after over/during/on/at/through ("over the weekend"). The
 * preposition is not part of the mention; "weekends" is a frequency; "the
 * last weekend of May" is not counted from today.
 */
import { type DateCandidate, type DateParser, matchAll, wordBefore } from '../candidate.js';

const WEEKEND = /\b(?:(?:over|during|on|at|for|through|throughout|across)\s+(the\s+weekend)|((this(?:\s+past|\s+coming)?|last|next|past)\s+weekend))(?![A-Za-z])/gi;

export const weekendParser: DateParser = {
  name: 'weekend',
  parse(doc) {
    const out: DateCandidate[] = [];
    if (!/weekend/i.test(doc.text)) return out; // one cheap scan spares the alternation on most articles
    for (const m of matchAll(WEEKEND, doc.text)) {
      // "the last weekend of the festival" counts from the festival, not from today.
      if (m[2] && /^the$/i.test(wordBefore(doc.text, m.index))) continue;
      const phrase = (m[1] ?? m[2])!;
      const start = m.index + m[0].length - phrase.length;
      const word = m[3]?.toLowerCase().split(/\s+/);
      const shift = !word ? null : word[0] === 'last' || word[1] === 'past' || word[0] === 'past' ? 'last' : word[0] === 'next' ? 'next' : 'this';
      out.push({ start, end: start + phrase.length, meaning: { kind: 'weekend', shift }, modifier: null, rule: 'weekend' });
    }
    return out;
  },
};
