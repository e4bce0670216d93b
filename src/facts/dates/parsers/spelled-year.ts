/**
 * Years said in words, as broadcast transcripts write them: "nineteen
 * ninety-six", "nineteen seventy-nine", "nineteen oh five", "the year two
 * thousand", "two thousand and one". A century word (nineteen, eighteen,
 * twenty) alone is a count; it must be followed by the two-digit part, and
 * "two thousand" alone is a year only after "the year" (else it counts
 * things: "two thousand troops").
 */
import { CARDINAL_WORDS } from '../../../lexicon/numbers.js';
import { type DateCandidate, type DateParser, matchAll } from '../candidate.js';

const UNITS = '(one|two|three|four|five|six|seven|eight|nine)';
const TENS = '(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)';
const TEENS = '(ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)';
/** The two-digit part: "ninety-six", "ninety six", "seventy", "fifteen", "oh five". */
const TWO_DIGITS = `(?:${TENS}(?:[- ]${UNITS})?|${TEENS}|oh[- ]${UNITS})`;
const CENTURY_YEAR = new RegExp(`\\b(?:(the\\s+year)\\s+)?(eighteen|nineteen|twenty)[- ]${TWO_DIGITS}(?![\\w-])`, 'gi');
/** "the year two thousand", "two thousand and one", "two thousand ten". */
const TWO_THOUSANDS = new RegExp(`\\b(?:(the\\s+year)\\s+)?two\\s+thousand(?:(?:\\s+and)?\\s+(?:${TEENS}|${UNITS}|${TENS}(?:[- ]${UNITS})?))?(?![\\w-])`, 'gi');

const value = (word: string | undefined): number => (word ? CARDINAL_WORDS.get(word.toLowerCase()) ?? 0 : 0);

function candidate(start: number, end: number, year: number): DateCandidate {
  return { start, end, meaning: { kind: 'calendar', year, month: null, day: null }, modifier: null, rule: 'spelledYear' };
}

export const spelledYearParser: DateParser = {
  name: 'spelledYear',
  parse(doc) {
    const out: DateCandidate[] = [];
    if (!/eighteen|nineteen|twenty|thousand/i.test(doc.text)) return out;
    for (const m of matchAll(CENTURY_YEAR, doc.text)) {
      // m: 1 "the year", 2 century, 3 tens, 4 unit after tens, 5 teens, 6 unit after "oh".
      const rest = value(m[3]) + value(m[4]) + value(m[5]) + value(m[6]);
      out.push(candidate(m.index, m.index + m[0].length, value(m[2]) * 100 + rest));
    }
    for (const m of matchAll(TWO_THOUSANDS, doc.text)) {
      const rest = value(m[2]) + value(m[3]) + value(m[4]) + value(m[5]);
      // "two thousand" alone counts things, unless it follows "the year".
      if (rest === 0 && !m[1]) continue;
      // "two thousand and five hundred": a count after all.
      if (/^\s+(?:hundred|thousand)/i.test(doc.text.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
      out.push(candidate(m.index, m.index + m[0].length, 2000 + rest));
    }
    return out.sort((a, b) => a.start - b.start);
  },
};
