/** "three days ago", "Nine months ago", "a year ago", "two decades ago". */
import { type DateCandidate, type DateParser, matchAll } from '../candidate.js';
import { NUMBER_WORD_PATTERN, countValue } from '../lexicon.js';

const AGO = new RegExp(`\\b(${NUMBER_WORD_PATTERN})\\s+(day|week|month|year|decade)s?\\s+ago\\b`, 'gi');

export const agoParser: DateParser = {
  name: 'ago',
  parse(doc) {
    const out: DateCandidate[] = [];
    if (!/ago/i.test(doc.text)) return out; // one cheap scan spares the pattern on most articles
    for (const m of matchAll(AGO, doc.text)) {
      const count = countValue(m[1]!);
      if (count === null) continue;
      const unitWord = m[2]!.toLowerCase();
      const unit = unitWord === 'decade' ? 'year' : (unitWord as 'day' | 'week' | 'month' | 'year');
      const offset = -count * (unitWord === 'decade' ? 10 : 1);
      out.push({ start: m.index, end: m.index + m[0].length, meaning: { kind: 'relative', unit, offset }, modifier: null, rule: 'ago' });
    }
    return out;
  },
};
