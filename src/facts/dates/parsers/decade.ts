/**
 * "the 1990s", "1980s", "the '90s", "the nineties": the decade's first three
 * digits ("199"). A decade in words needs "the" (or "early"/"mid"/"late",
 * which the modifier refiner takes): "in his sixties" is an age.
 */
import { type DateCandidate, type DateParser, matchAll } from '../candidate.js';

// "the" is part of the expression ("the 1990s"); a modifier before the decade
// ("the mid-1990s") is handled by the modifier refiner, which drops the "the".
const DECADE = /(?:\b[Tt]he\s+)?(?:(?<![\dA-Za-z])(1[89]|20)(\d)0s|['’]([3-9])0s)(?![A-Za-z\d])/g;

const DECADE_WORDS: Record<string, string> = { thirties: '3', forties: '4', fifties: '5', sixties: '6', seventies: '7', eighties: '8', nineties: '9' };
const SPELLED_DECADE = /\b[Tt]he\s+(?:(?:early|mid|late)[- ]?)?(thirties|forties|fifties|sixties|seventies|eighties|nineties)\b/g;

export const decadeParser: DateParser = {
  name: 'decade',
  parse(doc) {
    const out: DateCandidate[] = [];
    // Each pattern runs only where its fixed letters occur: one cheap scan spares it on most articles.
    if (/0s/.test(doc.text)) for (const m of matchAll(DECADE, doc.text)) {
      const decade = m[1] ? m[1] + m[2]! : '19' + m[3]!;
      out.push({ start: m.index, end: m.index + m[0].length, meaning: { kind: 'decade', decade }, modifier: null, rule: 'decade' });
    }
    if (/ties/.test(doc.text)) for (const m of matchAll(SPELLED_DECADE, doc.text)) {
      const start = m.index + m[0].length - m[1]!.length;
      // "the late sixties": the span starts at the decade word, so that the modifier refiner can take "late".
      const from = m[0].length - m[1]!.length > 4 ? start : m.index;
      out.push({ start: from, end: m.index + m[0].length, meaning: { kind: 'decade', decade: '19' + DECADE_WORDS[m[1]!.toLowerCase()]! }, modifier: null, rule: 'decade' });
    }
    return out.sort((a, b) => a.start - b.start);
  },
};
