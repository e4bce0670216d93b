/**
 * An hour told with its part of the day instead of a.m./p.m.: "4 in the
 * morning", "three o'clock in the afternoon", "10:30 at night". The part of
 * the day says which half of the clock: the afternoon and evening are after
 * noon, the night after noon from six on ("10 at night") and before it
 * below six ("2 at night").
 */
import { type DateCandidate, type DateParser, matchAll } from '../candidate.js';

const HOUR_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};
const HOUR_OF_PART = new RegExp(
  `(?<![\\d:.,])\\b(1[0-2]|0?[1-9]|${Object.keys(HOUR_WORDS).join('|')})(?::([0-5]\\d))?(?:\\s+o['’]clock)?` +
    '\\s+(?:in\\s+the\\s+(morning|afternoon|evening)|at\\s+(night))(?![A-Za-z])',
  'gi',
);

/** The 24-hour hour of a 12-hour one in a part of the day. */
function hourOf(hour12: number, part: string): number {
  const h = hour12 % 12;
  if (part === 'morning') return h;
  if (part === 'night') return h >= 6 ? h + 12 : h;
  return h + 12;
}

export const hourOfPartOfDayParser: DateParser = {
  name: 'hourOfPartOfDay',
  parse(doc) {
    const out: DateCandidate[] = [];
    if (!/in\s+the\s+(?:morning|afternoon|evening)|at\s+night/i.test(doc.text)) return out; // the phrase the pattern ends with: one cheap scan
    for (const m of matchAll(HOUR_OF_PART, doc.text)) {
      const written = m[1]!.toLowerCase();
      const hour12 = HOUR_WORDS[written] ?? Number(written);
      const part = (m[3] ?? m[4]!).toLowerCase();
      out.push({
        start: m.index, end: m.index + m[0].length, meaning: { kind: 'clock', hour: hourOf(hour12, part), minute: Number(m[2] ?? 0) },
        modifier: null, rule: 'hourOfPartOfDay',
      });
    }
    return out;
  },
};
