/**
 * Centuries: "the 20th century", "the twentieth century", "the 1800s" is a
 * decade-like form left to the decade parser. TimeML writes a century as its
 * first two digits: the 20th century is "19", the 11th "10".
 */
import { type DateCandidate, type DateParser, matchAll } from '../candidate.js';

const ORDINAL_WORDS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21, 'twenty first': 21,
};
const CENTURY = new RegExp(
  `\\b(?:the\\s+)?(?:(\\d{1,2})(?:st|nd|rd|th)|(${Object.keys(ORDINAL_WORDS).sort((a, b) => b.length - a.length).join('|')}))[- ]century(?![\\w-])`,
  'gi',
);

export const centuryParser: DateParser = {
  name: 'century',
  parse(doc) {
    const out: DateCandidate[] = [];
    if (!/century/i.test(doc.text)) return out;
    for (const m of matchAll(CENTURY, doc.text)) {
      const n = m[1] ? Number(m[1]) : ORDINAL_WORDS[m[2]!.toLowerCase().replace(/\s+/, ' ')]!;
      if (n < 1 || n > 21) continue;
      out.push({
        start: m.index, end: m.index + m[0].length, meaning: { kind: 'fixed', value: String(n - 1).padStart(2, '0') }, modifier: null, rule: 'century',
      });
    }
    return out;
  },
};
