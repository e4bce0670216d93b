/**
 * "the current year", "the full year", "the current fiscal year", "the
 * present calendar year": the reference year named with "the" and a word
 * that points at now. "the year" alone is left out: it is as often the
 * story's year or a span ("in the year since the flood").
 */
import { type DateCandidate, type DateParser, matchAll } from '../candidate.js';

const CURRENT_YEAR = /\bthe\s+(?:current|full|present|full[- ]fiscal)\s+(?:fiscal\s+|calendar\s+)?year(?![\w-]|\s+(?:of|since|after|before|ago|earlier|later)\b)/gi;

export const currentYearParser: DateParser = {
  name: 'currentYear',
  parse(doc) {
    const out: DateCandidate[] = [];
    for (const m of matchAll(CURRENT_YEAR, doc.text)) {
      out.push({ start: m.index, end: m.index + m[0].length, meaning: { kind: 'relative', unit: 'year', offset: 0 }, modifier: null, rule: 'currentYear' });
    }
    return out;
  },
};
