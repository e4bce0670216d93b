/**
 * "that year", "that same day", "the same day", "earlier that day", "later
 * that year", "the following month", "the next day", "the next morning": a
 * time counted from the date the story named last, not from the reference
 * day. The value comes after resolution (anchors/previous-date.ts).
 * "the next week/month/year" is left out: it usually counts from now or is a
 * duration ("over the next year").
 */
import { type DateCandidate, type DateParser, matchAll } from '../candidate.js';

const ANAPHORIC =
  /\b(?:(earlier|later)\s+)?(?:(that(?:\s+same)?|the\s+same)\s+(day|morning|afternoon|evening|night|week|month|year)|the\s+following\s+(day|morning|afternoon|evening|night|week|month|year)|the\s+next\s+(day|morning|afternoon|evening|night))(?![A-Za-z-])/gi;

const PARTS_OF_DAY = new Set(['morning', 'afternoon', 'evening', 'night']);

export const anaphoricParser: DateParser = {
  name: 'anaphoric',
  parse(doc) {
    const out: DateCandidate[] = [];
    for (const m of matchAll(ANAPHORIC, doc.text)) {
      const word = (m[3] ?? m[4] ?? m[5])!.toLowerCase();
      const offset = m[3] ? 0 : 1;
      const unit = PARTS_OF_DAY.has(word) ? 'day' : (word as 'day' | 'week' | 'month' | 'year');
      const part = PARTS_OF_DAY.has(word) ? word : null;
      const shift = m[1]?.toLowerCase() ?? null;
      const modifier = shift && part ? `${shift} ${part}` : shift ?? part;
      out.push({ start: m.index, end: m.index + m[0].length, meaning: { kind: 'anaphoric', unit, offset }, modifier, rule: 'anaphoric' });
    }
    return out;
  },
};
