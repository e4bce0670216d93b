/** "the 1990s", "1980s", "the '90s": the decade's first three digits ("199"). */
import { type DateCandidate, type DateParser, matchAll } from '../candidate.js';

// "the" is part of the expression ("the 1990s"); a modifier before the decade
// ("the mid-1990s") is handled by the modifier refiner, which drops the "the".
const DECADE = /(?:\b[Tt]he\s+)?(?:(?<![\dA-Za-z])(1[89]|20)(\d)0s|['’]([3-9])0s)(?![A-Za-z\d])/g;

export const decadeParser: DateParser = {
  name: 'decade',
  parse(doc) {
    const out: DateCandidate[] = [];
    for (const m of matchAll(DECADE, doc.text)) {
      const decade = m[1] ? m[1] + m[2]! : '19' + m[3]!;
      out.push({ start: m.index, end: m.index + m[0].length, meaning: { kind: 'decade', decade }, modifier: null, rule: 'decade' });
    }
    return out;
  },
};
