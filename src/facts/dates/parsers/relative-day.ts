/** today, yesterday, tomorrow, tonight, "this morning", "last night". */
import { type DateCandidate, type DateParser, matchAll, wordBefore } from '../candidate.js';

const RELATIVE_DAY = /\b(?:(today|yesterday|tomorrow|tonight)|(this|last)\s+(morning|afternoon|evening|night))(?![A-Za-z])/gi;
const DAY_OFFSETS: Record<string, number> = { today: 0, yesterday: -1, tomorrow: 1, tonight: 0 };

export const relativeDayParser: DateParser = {
  name: 'relativeDay',
  parse(doc) {
    const out: DateCandidate[] = [];
    for (const m of matchAll(RELATIVE_DAY, doc.text)) {
      // "USA Today" is a newspaper.
      if (/^Today$/.test(m[0]) && /^(?:USA|Today)$/.test(wordBefore(doc.text, m.index))) continue;
      const word = m[1]?.toLowerCase();
      const offset = word ? DAY_OFFSETS[word]! : m[2]!.toLowerCase() === 'last' ? -1 : 0;
      const modifier = word === 'tonight' ? 'night' : m[3] ? m[3].toLowerCase() : null;
      out.push({ start: m.index, end: m.index + m[0].length, meaning: { kind: 'relative', unit: 'day', offset }, modifier, rule: 'relativeDay' });
    }
    return out;
  },
};
