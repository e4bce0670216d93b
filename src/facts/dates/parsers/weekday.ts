/**
 * "Tuesday", "last Tuesday", "next Monday", "this Friday", "Wednesday's".
 * Not "every Sunday" (a frequency) nor "the Sunday Times" (a name).
 */
import { type DateCandidate, type DateParser, isFrequency, matchAll, wordAfter, wordBefore } from '../candidate.js';
import { WEEKDAY_PATTERN, weekdayNumber } from '../lexicon.js';

const WEEKDAY = new RegExp(`\\b(?:([Ll]ast|[Nn]ext|[Tt]his(?: coming)?|[Cc]oming)\\s+)?(${WEEKDAY_PATTERN})(?![A-Za-z])`, 'g');

/** Named days that recur every year rather than point at this week ("Black Friday", "Palm Sunday"). */
const HOLIDAY_PREFIXES = new Set(['black', 'good', 'super', 'ash', 'cyber', 'bloody', 'easter', 'palm', 'holy', 'maundy', 'giving']);

/** "the Sunday Times", "the Sunday Business section": a weekday inside a name. */
function isTitleWord(text: string, start: number, end: number): boolean {
  return /^the$/i.test(wordBefore(text, start)) && text[end] === ' ' && /^\p{Lu}/u.test(wordAfter(text, end));
}

export const weekdayParser: DateParser = {
  name: 'weekday',
  parse(doc) {
    const out: DateCandidate[] = [];
    for (const m of matchAll(WEEKDAY, doc.text)) {
      const nameStart = m.index + m[0].length - m[2]!.length;
      // "Mondays" is a frequency; the (?![A-Za-z]) guard already rejects it.
      if (!m[1] && HOLIDAY_PREFIXES.has(wordBefore(doc.text, nameStart).toLowerCase())) continue;
      if (!m[1] && (isFrequency(doc.text, nameStart) || isTitleWord(doc.text, nameStart, m.index + m[0].length))) continue;
      const word = m[1]?.toLowerCase() ?? null;
      const shift = word === null ? null : word === 'last' ? 'last' : word === 'next' ? 'next' : 'this';
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        meaning: { kind: 'weekday', weekday: weekdayNumber(m[2]!)!, shift },
        modifier: null,
        rule: 'weekday',
      });
    }
    return out;
  },
};
