/**
 * Quarters and halves of a year, as business news names them: "the third
 * quarter", "third-quarter profit", "the fiscal first quarter", "the second
 * half of 1989", "1990's first half", "the latest quarter", "the year-earlier
 * quarter", "Q3 2024". A bare "quarter" or "half" is a share ("a quarter of
 * the votes", "half the staff"), a place ("the French Quarter") or a unit
 * ("a quarter-point"), so without a number it needs a determiner that points
 * at a period ("the quarter", "this quarter", "the latest quarter") and
 * nothing after it that makes it a share.
 */
import { type DateCandidate, type DateParser, matchAll } from '../candidate.js';

const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };
const ORDINAL = '(first|second|third|fourth|1st|2nd|3rd|4th)';
const FISCAL = '(?:fiscal[- ])?';
/** "the latest quarter", "the year-ago quarter": words that make a bare quarter a period of the story. */
const POINTER = '(latest|current|previous|past|recent|most\\s+recent|same|comparable|year[- ]earlier|year[- ]ago|prior[- ]year|just[- ]ended|just[- ]completed)';
const YEAR_AFTER = `(?:\\s+of\\s+${FISCAL}(\\d{4})|[- ](\\d{4})(?![\\d-]))?`;

/** A numbered quarter or half, with an optional year before ("1989's", "fiscal 1990") or after ("of 1989"). */
const NUMBERED = new RegExp(
  `\\b(?:(\\d{4})['’]s\\s+|fiscal\\s+(\\d{4})\\s+|(this|last|next)\\s+year['’]s\\s+)?` +
    `(?:(the|its|their|this|last|next|that)\\s+)?(?:(\\d{4})\\s+)?(?:${POINTER}\\s+)?${FISCAL}${ORDINAL}[- ]${FISCAL}(quarter|half)\\b${YEAR_AFTER}`,
  'gi',
);
const YEAR_SHIFT: Record<string, number> = { this: 0, last: -1, next: 1 };
/** "the quarter", "this quarter", "the latest quarter", "the year-earlier period" is left out: "period" has many other senses. */
const UNNUMBERED = new RegExp(`\\b(the|this|that|last|next|its|their)\\s+(?:${POINTER}\\s+)?${FISCAL}quarter\\b`, 'gi');
/** "the latest period", "the year-ago period": in earnings copy the period reported on, a quarter. */
const REPORTED_PERIOD = /\b(the|its|their)\s+(latest|year[- ]earlier|year[- ]ago|comparable\s+year[- ](?:earlier|ago))\s+period\b/gi;
/** "Q3", "Q4 2024", "H1 2025", "3Q": the analyst's shorthand. */
const SHORTHAND = /\b(?:([QH])([1-4])|([1-4])([QH]))(?:\s+(\d{4}))?\b/g;

/** What may not follow a period "quarter": "of" a share ("the quarter of the budget"), a compound unit ("quarter-point", "quarter century"), a sports round ("quarter final"). */
const NOT_A_PERIOD_AFTER = /^(?:\s+of\s+(?!(?:fiscal\s+)?\d{4})|-(?!\d{4})|\s+(?:century|centuries|mile|miles|inch|inches|hour|hours|point|points|final|finals|pound|pounds|note|notes|turn|horse|panel|deck|master)\b)/i;
/** "Halves" of other things: "the second half of the game", "the first half of the match". */
const HALF_OF_A_THING = /^\s+of\s+(?!(?:fiscal\s+)?\d{4}|the\s+(?:year|decade|century|month)|this\s+year|next\s+year|last\s+year)/i;

function shiftOf(determiner: string | undefined, pointer: string | undefined): 'last' | 'next' | 'this' | 'latest' | 'yearEarlier' | null {
  const p = pointer?.toLowerCase().replace(/\s+/g, ' ');
  if (p && /^(?:year.(?:earlier|ago)|prior.year)$/.test(p)) return 'yearEarlier';
  if (p === 'current') return 'this';
  if (p === 'previous') return 'last';
  if (p && /^(?:latest|past|recent|most recent|just.ended|just.completed)$/.test(p)) return 'latest';
  const d = determiner?.toLowerCase();
  if (d === 'this') return 'this';
  if (d === 'last') return 'last';
  if (d === 'next') return 'next';
  return null;
}

/** A capitalised "Quarter" inside a sentence is a place ("the Latin Quarter"). */
const isPlaceName = (word: string): boolean => /^Quarter/.test(word);

export const quarterParser: DateParser = {
  name: 'quarter',
  parse(doc) {
    const out: DateCandidate[] = [];
    const text = doc.text;
    if (!/quarter|half|\b[QH][1-4]\b|\b[1-4][QH]\b/i.test(text)) return out;
    for (const m of matchAll(NUMBERED, text)) {
      const end = m.index + m[0].length;
      const partWord = m[8]!.toLowerCase();
      const after = text.slice(end, end + 40);
      if (isPlaceName(m[8]!)) continue;
      if (partWord === 'quarter' && NOT_A_PERIOD_AFTER.test(after)) continue;
      if (partWord === 'half' && HALF_OF_A_THING.test(after)) continue;
      // A half with no year is as often a match's ("early in the second half"): only the adjective ("second-half profit") or a year makes it the year's.
      const hasYear = Boolean(m[1] ?? m[2] ?? m[3] ?? m[5] ?? m[9] ?? m[10]);
      if (partWord === 'half' && !hasYear && !/-half$/i.test(text.slice(m.index, end))) continue;
      const yearText = m[1] ?? m[2] ?? m[5] ?? m[9] ?? m[10];
      const part = partWord === 'half' ? 'H' : 'Q';
      const index = ORDINALS[m[7]!.toLowerCase()]!;
      if (part === 'H' && index > 2) continue;
      // "last year's third quarter": the year counts from the reference, the quarter is fixed.
      const yearShift = m[3] ? YEAR_SHIFT[m[3].toLowerCase()]! : null;
      out.push({
        start: m.index, end, modifier: null, rule: 'quarter',
        meaning: {
          kind: 'quarter', part, index, year: yearText ? Number(yearText) : null, yearShift,
          shift: yearShift === null ? shiftOf(m[4], m[6]) : null,
        },
      });
    }
    for (const m of matchAll(UNNUMBERED, text)) {
      const end = m.index + m[0].length;
      if (isPlaceName(text.slice(end - 'quarter'.length, end)) || NOT_A_PERIOD_AFTER.test(text.slice(end, end + 40))) continue;
      out.push({
        start: m.index, end, modifier: null, rule: 'quarter',
        meaning: { kind: 'quarter', part: 'Q', index: null, year: null, shift: shiftOf(m[1], m[2]) },
      });
    }
    for (const m of matchAll(REPORTED_PERIOD, text)) {
      const pointer = m[2]!.replace(/^comparable\s+/i, '');
      out.push({
        start: m.index, end: m.index + m[0].length, modifier: null, rule: 'quarter',
        meaning: { kind: 'quarter', part: 'Q', index: null, year: null, shift: shiftOf(m[1], pointer) },
      });
    }
    for (const m of matchAll(SHORTHAND, text)) {
      const part = (m[1] ?? m[4])!.toUpperCase() as 'Q' | 'H';
      const index = Number(m[2] ?? m[3]);
      if (part === 'H' && index > 2) continue;
      out.push({
        start: m.index, end: m.index + m[0].length, modifier: null, rule: 'quarter',
        meaning: { kind: 'quarter', part, index, year: m[5] ? Number(m[5]) : null, shift: null },
      });
    }
    return out.sort((a, b) => a.start - b.start);
  },
};
