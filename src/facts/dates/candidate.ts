/**
 * What a date parser produces: a span of the text plus what it means, before
 * the meaning is resolved against the reference day. Parsers only recognise;
 * refiners adjust spans and meanings; resolution (resolve.ts) computes values.
 */
import { isCapitalized } from '../text/case.js';
import { sentenceIndexAt, type TextDocument } from '../text/document.js';
import { wordAfter as textWordAfter, wordBefore as textWordBefore, wordContaining } from '../text/tokens.js';
import type { HolidayName } from './holidays.js';

export type DateMeaning =
  /**
   * A calendar date; a missing year is chosen from the tense around it, or
   * from a shift word ("last February", "next March", "this May").
   */
  | {
    kind: 'calendar'; year: number | null; month: number | null; day: number | null; shift?: 'last' | 'next' | 'this';
    /** The weekday written beside the date ("Saturday, April 25"), 0 = Sunday: it picks the year when none is written. */
    weekday?: number;
  }
  /** "the 1990s" → decade "199". */
  | { kind: 'decade'; decade: string }
  /** 0 = Sunday ... 6 = Saturday; shift from "last"/"next"/"this" before it. */
  | { kind: 'weekday'; weekday: number; shift: 'last' | 'next' | 'this' | null }
  /** "this weekend", "over the weekend": the weekend (Saturday and Sunday) of one ISO week. */
  | { kind: 'weekend'; shift: 'last' | 'next' | 'this' | null }
  /** today (0), yesterday (-1), tomorrow (1), "three days ago" (-3). */
  | { kind: 'relative'; unit: 'day' | 'week' | 'month' | 'year'; offset: number }
  /** "Christmas", "Easter 2020", "last Thanksgiving": a holiday's day, its year from tense or shift when not written. */
  | { kind: 'holiday'; holiday: HolidayName; year: number | null; shift: 'last' | 'next' | 'this' | null }
  /**
   * A quarter (Q) or half (H) of a year: "the third quarter", "first-half",
   * "the fourth quarter of 1989". With no number ("the quarter", "the latest
   * quarter") it is the one the story is about; `shift` "yearEarlier" is the
   * same part of the year before ("the year-ago quarter").
   */
  | {
    kind: 'quarter'; part: 'Q' | 'H'; index: number | null; year: number | null;
    shift: 'last' | 'next' | 'this' | 'latest' | 'yearEarlier' | null;
    /** "last year's third quarter": years from the reference year (-1), when the year is named that way. */
    yearShift?: number | null;
  }
  /** "this summer", "the winter of 1994": a season (TimeML SP, SU, FA, WI), its year from tense or shift when not written. */
  | { kind: 'season'; season: 'SP' | 'SU' | 'FA' | 'WI'; year: number | null; shift: 'last' | 'next' | 'this' | null }
  /**
   * A time of day; takes its day from the day written right after it ("10
   * p.m. Thursday", refiners/clock-with-day.ts), else from the day in focus.
   */
  | { kind: 'clock'; hour: number; minute: number; day?: DateMeaning }
  /**
   * "that year", "the following month", "earlier that day", "the next
   * morning": counted from the date the story last named, not from the
   * reference day (anchors/previous-date.ts gives the value).
   */
  | { kind: 'anaphoric'; unit: 'day' | 'week' | 'month' | 'year'; offset: number }
  /** A fully known value (named events such as 9/11). */
  | { kind: 'fixed'; value: string };

export interface DateCandidate {
  start: number;
  end: number;
  meaning: DateMeaning;
  modifier: string | null;
  /** The parser or refiner that made it (for debugging and tests). */
  rule: string;
}

export interface DateParser {
  readonly name: string;
  parse(doc: TextDocument): DateCandidate[];
}

/** Every match of a global regex over the whole text, in one left-to-right pass. */
export function* matchAll(pattern: RegExp, text: string): Generator<RegExpExecArray> {
  const re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) re.lastIndex++;
    yield m;
  }
}

/**
 * The word ending just before `index`, across spaces; '' if none. A prefix
 * hyphened onto the expression keeps its hyphen ("mid-" of "mid-1990s"),
 * because the parsers read it as a modifier word.
 */
export function wordBefore(text: string, index: number): string {
  if (text.charCodeAt(index - 1) === 45 /* - */) {
    const word = wordContaining(text, index - 1);
    return word && word.start < index - 1 ? text.slice(word.start, index) : '';
  }
  return textWordBefore(text, index)?.text ?? '';
}

/** The word starting just after `index`, across spaces; '' if none. */
export function wordAfter(text: string, index: number): string {
  return textWordAfter(text, index)?.text ?? '';
}

/** True when `index` is the first non-space character of a sentence (or of the text). */
export function isSentenceStart(doc: TextDocument, index: number): boolean {
  return doc.sentences[sentenceIndexAt(doc, index)]?.start === index;
}

/** "every November", "each Sunday": a frequency, not a date. */
export function isFrequency(text: string, index: number): boolean {
  return /^(?:every|each)$/i.test(wordBefore(text, index));
}

export { isCapitalized };
