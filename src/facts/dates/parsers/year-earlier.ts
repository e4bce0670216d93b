/**
 * "a year earlier", "a year before", "year-earlier" / "year-ago" used as an
 * adjective ("year-earlier profit", "the year-ago results"): the year before
 * the story's time. Valued as the year before the reference; when the story
 * is about a quarter, anchors/quarter-focus.ts turns it into that quarter a
 * year back, as earnings copy means it. "the year-earlier quarter" is the
 * quarter parser's; the longer span wins.
 */
import { type DateCandidate, type DateParser, matchAll } from '../candidate.js';

const YEAR_EARLIER = /\b(?:(?:a|one)\s+year\s+(?:earlier|before)(?![\w-])|year[- ](?:earlier|ago)(?=\s+[a-z]))/gi;

export const yearEarlierParser: DateParser = {
  name: 'yearEarlier',
  parse(doc) {
    const out: DateCandidate[] = [];
    if (!/year[-\s]+(?:earlier|before|ago)/i.test(doc.text)) return out; // one cheap scan spares the pattern on most articles
    for (const m of matchAll(YEAR_EARLIER, doc.text)) {
      out.push({ start: m.index, end: m.index + m[0].length, meaning: { kind: 'relative', unit: 'year', offset: -1 }, modifier: null, rule: 'yearEarlier' });
    }
    return out;
  },
};
