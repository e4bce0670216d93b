/**
 * The text an extractor works on: the article body plus its paragraph and
 * sentence spans. Built once per article and shared by every extractor so
 * that sentence splitting is done (and fixed) in one place.
 */
import { WORD_PERIOD_ABBREVIATIONS } from './abbreviations.js';
import { looksEnglish } from './language.js';
import { scanWords, type Token } from './tokens.js';

export interface Span {
  start: number;
  end: number;
}

export interface TextDocument {
  readonly text: string;
  readonly paragraphs: readonly Span[];
  readonly sentences: readonly Span[];
  /** Written in English (see language.ts): decided once, read by every extractor. */
  readonly english: boolean;
  /**
   * Every word of the text in order (tokens.ts's scanner): scanned once and read by every
   * extractor that decorates words (actors, equipment), so no stage scans the whole text again.
   */
  readonly words: readonly Token[];
}

// Abbreviations whose trailing period does not end a sentence: titles and
// corporate forms (shared with the tokenizers), months, weekdays, and common
// Latin and dotted forms. Lower-cased, without the period.
const NON_TERMINAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  ...WORD_PERIOD_ABBREVIATIONS,
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'nos', 'etc', 'approx', 'est', 'dept', 'univ', 'ave', 'blvd',
  'e.g', 'i.e', 'a.m', 'p.m', 'u.s', 'u.k', 'u.n', 'e.u', 'd.c',
]);

/** Paragraphs are separated by one or more blank lines (article.text's contract). */
export function splitParagraphs(text: string): Span[] {
  const spans: Span[] = [];
  const separator = /\n[ \t]*\n\s*/g;
  let start = 0;
  for (let m = separator.exec(text); m; m = separator.exec(text)) {
    pushTrimmed(text, start, m.index, spans);
    start = m.index + m[0].length;
  }
  pushTrimmed(text, start, text.length, spans);
  return spans;
}

function pushTrimmed(text: string, start: number, end: number, into: Span[]): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) into.push({ start, end });
}

/**
 * Sentence boundaries inside one paragraph: a terminal mark (. ! ? …),
 * optionally followed by closing quotes or brackets, then white space and an
 * upper-case letter or digit, perhaps after one or two opening quotes. A period after a known
 * abbreviation or a single capital initial ("J. Smith") does not split.
 */
export function splitSentences(text: string, paragraph: Span): Span[] {
  const spans: Span[] = [];
  // The lookbehind starts a match only at the first mark of a run: otherwise a
  // run of 100,000 periods is retried from each of its marks (quadratic).
  // Up to two openers before the capital: old wire copy opens a quote with two backticks (``).
  const boundary = /(?<![.!?…])[.!?…]+["'”’»)\]]*(?=\s+["'“‘«(\[`]{0,2}[\p{Lu}\p{N}])/gu;
  boundary.lastIndex = paragraph.start;
  const slice = text.slice(0, paragraph.end);
  let start = paragraph.start;
  for (let m = boundary.exec(slice); m; m = boundary.exec(slice)) {
    const end = m.index + m[0].length;
    if (m[0].startsWith('.') && m[0].length === 1 && isAbbreviationBefore(slice, m.index)) continue;
    pushTrimmed(text, start, end, spans);
    start = end;
  }
  pushTrimmed(text, start, paragraph.end, spans);
  return spans;
}

function isAbbreviationBefore(text: string, periodIndex: number): boolean {
  let i = periodIndex;
  while (i > 0 && /[\p{L}.]/u.test(text[i - 1]!)) i--;
  const word = text.slice(i, periodIndex);
  if (word.length === 0) return false;
  if (/^\p{Lu}$/u.test(word)) return true; // an initial
  if (/^(?:\p{Lu}\.)+\p{Lu}$/u.test(word)) return true; // initials ("G.K. Doe"), as "U.S." and "D.C." already are
  return NON_TERMINAL_ABBREVIATIONS.has(word.toLowerCase());
}

export function createTextDocument(text: string): TextDocument {
  const paragraphs = splitParagraphs(text);
  const sentences = paragraphs.flatMap((p) => splitSentences(text, p));
  return { text, paragraphs, sentences, english: looksEnglish(text), words: scanWords(text) };
}

/** The index of the span containing `offset` in spans sorted by start, or -1. Binary search. */
export function spanIndexAt(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The index of the sentence containing `offset`, or -1. */
export function sentenceIndexAt(doc: TextDocument, offset: number): number {
  return spanIndexAt(doc.sentences, offset);
}

/** The index of the paragraph containing `offset`, or -1. */
export function paragraphIndexAt(doc: TextDocument, offset: number): number {
  return spanIndexAt(doc.paragraphs, offset);
}

/**
 * The clause around [start, end): its sentence, cut at the semicolons on
 * either side ("A bomber flew over; the bomber was later arrested" holds two
 * clauses), and at most `reach` characters each way so that a rule asking
 * for every mention's clause stays linear on a text with no sentence ends.
 * For rules whose context words must describe the same thing as the mention.
 */
export function clauseAround(doc: TextDocument, start: number, end: number, reach = Infinity): Span {
  const { text } = doc;
  const sentence = doc.sentences[sentenceIndexAt(doc, start)] ?? doc.paragraphs[paragraphIndexAt(doc, start)] ?? { start: 0, end: text.length };
  let from = start;
  while (from > sentence.start && start - from < reach && text.charCodeAt(from - 1) !== 59 /* ; */) from--;
  let to = Math.max(end, Math.min(sentence.end, text.length));
  let stop = end;
  while (stop < to && stop - end < reach && text.charCodeAt(stop) !== 59) stop++;
  to = stop;
  return { start: from, end: to };
}
