/**
 * A month named alone: "in January", "since September", "last February".
 * Only full names,
 * capitalised; "May" and "March" double as a verb and a noun, so they need a
 * date-ish word before them. A capitalised word after the month suggests a
 * person ("April Ryan"), so that is rejected. "every November" is a
 * frequency, not a date.
 */
import { type DateCandidate, type DateParser, isCapitalized, isFrequency, matchAll, wordAfter, wordBefore } from '../candidate.js';
import { monthNumber } from '../lexicon.js';

const MONTH_NAME = /\b(?:([Ll]ast|[Nn]ext|[Tt]his)\s+)?(January|February|March|April|May|June|July|August|September|October|November|December)(?![A-Za-z\d])/g;

const AMBIGUOUS_MONTHS = new Set(['May', 'March']);
/** Words after which "May"/"March" is a month. */
const MONTH_INTRODUCERS = new Set([
  'in', 'since', 'by', 'until', 'till', 'from', 'through', 'to', 'of', 'early', 'late', 'mid', 'last', 'next', 'this',
  'during', 'before', 'after', 'between', 'and', 'or', 'around', 'throughout', 'that',
]);

export const monthNameParser: DateParser = {
  name: 'monthName',
  parse(doc) {
    const out: DateCandidate[] = [];
    for (const m of matchAll(MONTH_NAME, doc.text)) {
      const end = m.index + m[0].length;
      const shiftWord = m[1]?.toLowerCase() as 'last' | 'next' | 'this' | undefined;
      if (!shiftWord && isFrequency(doc.text, m.index)) continue;
      const before = shiftWord ?? wordBefore(doc.text, m.index).toLowerCase();
      const after = wordAfter(doc.text, end);
      if (AMBIGUOUS_MONTHS.has(m[2]!) && !MONTH_INTRODUCERS.has(before.replace(/-$/, ''))) continue;
      if (after && isCapitalized(after) && doc.text[end] === ' ' && monthNumber(after) === null) continue;
      const month = monthNumber(m[2]!)!;
      const meaning = { kind: 'calendar' as const, year: null, month, day: null, ...(shiftWord ? { shift: shiftWord } : {}) };
      out.push({ start: m.index, end, meaning, modifier: null, rule: 'monthName' });
    }
    return out;
  },
};
