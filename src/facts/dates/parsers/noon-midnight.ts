/**
 * "at noon", "by midday", "midnight Friday": times of day named by a word.
 * Midnight is TimeML's T24:00, the end of the day it is joined to ("the
 * deadline expires at midnight Friday" is the night from Friday to Saturday).
 */
import { type DateCandidate, type DateParser, isSentenceStart, matchAll, wordBefore } from '../candidate.js';

const NAMED_TIME = /\b(noon|midday|midnight)(?![\p{L}-])/giu;
const HOURS: Record<string, number> = { noon: 12, midday: 12, midnight: 24 };

export const noonMidnightParser: DateParser = {
  name: 'noonMidnight',
  parse(doc) {
    const out: DateCandidate[] = [];
    if (!/noon|midday|midnight/i.test(doc.text)) return out; // a plain scan spares the case-folding pattern on most articles
    for (const m of matchAll(NAMED_TIME, doc.text)) {
      // Capitalised inside a sentence it is a name ("Midnight Express"); "high noon" is a showdown.
      if (/^\p{Lu}/u.test(m[0]) && !isSentenceStart(doc, m.index)) continue;
      if (/^high$/i.test(wordBefore(doc.text, m.index))) continue;
      const hour = HOURS[m[1]!.toLowerCase()]!;
      out.push({ start: m.index, end: m.index + m[0].length, meaning: { kind: 'clock', hour, minute: 0 }, modifier: null, rule: 'noonMidnight' });
    }
    return out;
  },
};
