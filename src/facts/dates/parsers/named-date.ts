/**
 * Days so well known that their short form is a name: "9/11". Kept to
 * unambiguous forms that appear in general news.
 */
import { type DateCandidate, type DateParser, matchAll } from '../candidate.js';

const NAMED_DATES: ReadonlyArray<{ pattern: RegExp; value: string }> = [
  { pattern: /(?<![\d/.])9\/11(?![\d/])/g, value: '2001-09-11' },
];

export const namedDateParser: DateParser = {
  name: 'namedDate',
  parse(doc) {
    const out: DateCandidate[] = [];
    for (const { pattern, value } of NAMED_DATES) {
      for (const m of matchAll(pattern, doc.text)) {
        out.push({ start: m.index, end: m.index + m[0].length, meaning: { kind: 'fixed', value }, modifier: null, rule: 'namedDate' });
      }
    }
    return out;
  },
};
