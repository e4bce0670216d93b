/**
 * "this week", "last month", "next year", "last year's". After "the" ("the
 * next year", "the last month") the phrase counts from the story's own time or
 * is a duration, not from the reference day, so it is left out. Both words
 * capitalised inside a sentence make a title ("said on the program \"This
 * Week,\"", "a column called Next Year"), not a date.
 */
import { type DateCandidate, type DateParser, matchAll, wordBefore } from '../candidate.js';
import { opensSentence } from './relative-day.js';

const RELATIVE_UNIT = /\b(this|last|next)\s+(week|month|year)(?![A-Za-z])/gi;
const OFFSETS: Record<string, number> = { this: 0, last: -1, next: 1 };

export const relativeUnitParser: DateParser = {
  name: 'relativeUnit',
  parse(doc) {
    const out: DateCandidate[] = [];
    for (const m of matchAll(RELATIVE_UNIT, doc.text)) {
      if (/^(?:the|that)$/i.test(wordBefore(doc.text, m.index))) continue;
      if (/^\p{Lu}/u.test(m[1]!) && /^\p{Lu}/u.test(m[2]!) && !opensSentence(doc, m.index)) continue;
      const unit = m[2]!.toLowerCase() as 'week' | 'month' | 'year';
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        meaning: { kind: 'relative', unit, offset: OFFSETS[m[1]!.toLowerCase()]! },
        modifier: null,
        rule: 'relativeUnit',
      });
    }
    return out;
  },
};
