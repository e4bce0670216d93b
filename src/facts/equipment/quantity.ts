/**
 * The count before a piece of hardware, read as one phrase that ends where
 * the hardware's name begins: a number ("12", "1,200", "twenty-four", "two
 * hundred"), an approximate number ("about 40", "more than 20", "up to
 * 30"), a range ("10 to 15", "between 10 and 15", "two or three") or a
 * vague count ("dozens of", "several", "a handful of").
 *
 * `value` is the number the phrase states, or for a range its lower bound
 * (at least that many are meant); a vague count has no value unless it
 * names one ("a dozen", "a pair of"). `text` keeps the phrase as written
 * whenever the count is not exact (approximate, a range or vague).
 */
import { CARDINAL_WORDS } from '../../lexicon/numbers.js';

export interface Count {
  value: number | null;
  /** The phrase as written when the count is not exact ("dozens of", "between 10 and 15", "about 40"), else null. */
  text: string | null;
  /** Offset where the phrase starts. */
  start: number;
}

const MULTIPLIERS: ReadonlyMap<string, number> = new Map([['hundred', 100], ['thousand', 1000], ['dozen', 12]]);

// A number word: a cardinal, a hyphenated compound ("twenty-four"), optionally times hundred/thousand/dozen.
const WORD = '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?';
const DIGITS = '\\d{1,3}(?:,\\d{3})+|\\d{1,6}';
const NUMBER = `(?:${DIGITS}|(?:a|${WORD}) (?:hundred|thousand|dozen)|${WORD}|dozen)`;
const APPROX = '(?:about|around|roughly|nearly|almost|approximately|some|up to|at least|at most|more than|over|fewer than|less than|under|an estimated|as many as|close to)';
const VAGUE = '(?:dozens of|hundreds of|thousands of|scores of|tens of|a number of|a handful of|a couple of|a pair of|a few|several|numerous|a dozen)';
// A hyphen joins a range only between digits ("10-15"): between words it makes one number ("twenty-four").
const RANGE = `(?:between (${NUMBER}) and (${NUMBER})|(${NUMBER}) (?:to|or) (${NUMBER})|(${DIGITS}) ?[-–] ?(${DIGITS}))`;

// Anchored at the end of the text before the name; the alternatives are tried longest reading first.
const COUNT_BEFORE = new RegExp(`(?:^|[^\\p{L}\\p{N},./-])(?:${RANGE}|(?:(${APPROX}) )?(${NUMBER})|(${VAGUE}))$`, 'iu');

/** The value of one number phrase ("1,200", "twenty-four", "two hundred", "a dozen"), or null. */
export function numberValue(phrase: string): number | null {
  const lower = phrase.toLowerCase();
  if (/^[\d,]+$/.test(lower)) {
    const n = Number(lower.replace(/,/g, ''));
    return n > 0 ? n : null;
  }
  const [first, times] = lower.split(' ');
  const unit = first === 'a' ? 1 : compoundValue(first!);
  if (unit === null) return null;
  return times !== undefined ? unit * (MULTIPLIERS.get(times) ?? 1) : unit;
}

function compoundValue(word: string): number | null {
  const [tens, ones] = word.split('-');
  const base = CARDINAL_WORDS.get(tens!);
  if (base === undefined) return null;
  return ones === undefined ? base : base + (CARDINAL_WORDS.get(ones) ?? 0);
}

const VAGUE_VALUES: ReadonlyMap<string, number> = new Map([['a couple of', 2], ['a pair of', 2], ['a dozen', 12]]);

/** Reach of the look-back: the longest count phrase ("between twenty-four and thirty-six") fits. */
const REACH = 48;

/** Every word a count phrase can end with, besides digits: a number word's last part, a multiplier, or a vague count's end. */
const COUNT_FINAL_WORDS: ReadonlySet<string> = new Set([...CARDINAL_WORDS.keys(), 'thousand', 'of', 'few', 'several', 'numerous']);

/**
 * Whether the text before `end` can end a count phrase at all. An end-anchored pattern is retried
 * from every position of its window, and nearly every word before hardware is not a number, so
 * the last word is looked at first.
 */
function mayEndCount(text: string, end: number): boolean {
  const last = text.charCodeAt(end - 1);
  if (last >= 48 && last <= 57) return true; // a digit
  let start = end;
  while (start > 0 && /\p{L}/u.test(text[start - 1]!)) start--;
  return start < end && COUNT_FINAL_WORDS.has(text.slice(start, end).toLowerCase());
}

/** The count phrase ending exactly at `end` (the first word of the name stands after it), or null. */
export function countEndingAt(text: string, end: number): Count | null {
  if (!mayEndCount(text, end)) return null;
  const from = Math.max(0, end - REACH);
  const window = text.slice(from, end);
  const m = COUNT_BEFORE.exec(window);
  if (!m) return null;
  const phrase = m[0].replace(/^[^\p{L}\p{N}]/u, '');
  const start = end - phrase.length;
  const [, betweenLow, betweenHigh, low, high, digitLow, digitHigh, approx, plain, vague] = m;
  const rangeLow = betweenLow ?? low ?? digitLow;
  if (rangeLow !== undefined) {
    const lowValue = numberValue(rangeLow);
    const highPhrase = (betweenHigh ?? high ?? digitHigh)!;
    // "two to three hundred": the multiplier of the upper bound applies to the lower one.
    const times = /\s(hundred|thousand)$/i.exec(highPhrase)?.[1]?.toLowerCase();
    const lowBound = lowValue !== null && times !== undefined && lowValue < 10 ? lowValue * MULTIPLIERS.get(times)! : lowValue;
    return { value: lowBound, text: phrase, start };
  }
  if (plain !== undefined) {
    const value = numberValue(plain);
    if (value === null) return null;
    // "In 1982 Argentine jets", "the 2021 RAV4": a year before hardware dates it (a model year), it does not count it.
    if (approx === undefined && /^(?:19|20)\d\d$/.test(plain)) return null;
    return { value, text: approx !== undefined ? phrase : null, start };
  }
  return { value: VAGUE_VALUES.get(vague!.toLowerCase()) ?? null, text: phrase, start };
}
