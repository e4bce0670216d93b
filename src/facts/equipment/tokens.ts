/**
 * Bounded word look-around for the equipment rules: a few words before or
 * after a position, never crossing sentence punctuation. Every scan is
 * capped (word count, word length, gap width) so the cost per match is
 * constant and the whole extractor stays linear on adversarial input.
 */
import { isCapitalized } from '../text/case.js';
import { makeToken, scanWords, wordEnd, wordEndingAt, type Token } from '../text/tokens.js';

export type { Token };

const MAX_TOKEN_LENGTH = 40;
const MAX_GAP = 3;

/** A comma between digits groups thousands ("40,000"): part of the number. */
function isThousandsComma(text: string, i: number): boolean {
  return text[i] === ',' && /\d/.test(text[i - 1] ?? '') && /^\d{3}(?!\d)/.test(text.slice(i + 1, i + 5));
}

function isGap(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u00a0';
}

/**
 * Designators read as one word: the text layer's words joined, with no
 * space, over "/" ("F/A-18E/F"), a period ("Mk.2"), a hyphen after dotted letters ("U.S.-made") or a thousands comma
 * ("40,000"). Bounded by MAX_TOKEN_LENGTH, so each read costs a constant.
 */
function isDesignatorJoint(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 47 /* / */ || c === 46 /* . */ || c === 45 /* - */ || isThousandsComma(text, i);
}

/** The designator ending exactly at `end`, or null. */
function designatorEndingAt(text: string, end: number): Token | null {
  const last = wordEndingAt(text, end);
  if (!last) return null;
  let start = last.start;
  while (start > 1 && isDesignatorJoint(text, start - 1) && end - start < MAX_TOKEN_LENGTH) {
    const previous = wordEndingAt(text, start - 1);
    if (!previous || end - previous.start > MAX_TOKEN_LENGTH) break;
    start = previous.start;
  }
  return start === last.start ? last : makeToken(text, start, end);
}

/** The designator starting exactly at `start`, or null. */
function designatorStartingAt(text: string, start: number): Token | null {
  let end = wordEnd(text, start);
  if (end === start) return null;
  while (isDesignatorJoint(text, end) && end - start < MAX_TOKEN_LENGTH) {
    const next = wordEnd(text, end + 1);
    if (next === end + 1 || next - start > MAX_TOKEN_LENGTH) break;
    end = next;
  }
  return makeToken(text, start, end);
}

/** Up to `max` words before `pos`, nearest first. Stops at any punctuation that is not inside a word. */
export function tokensBefore(text: string, pos: number, max: number): Token[] {
  const out: Token[] = [];
  let i = pos;
  while (out.length < max) {
    let gap = 0;
    while (i > 0 && isGap(text[i - 1]!) && gap <= MAX_GAP) {
      i--;
      gap++;
    }
    if (gap === 0 && out.length > 0) break;
    if (gap > MAX_GAP || i === 0) break;
    const token = designatorEndingAt(text, i);
    if (!token) break; // punctuation, a sentence end or a quote: the phrase starts here
    out.push(token);
    i = token.start;
  }
  return out;
}

/** Up to `max` words after `pos`, nearest first. A final period is not part of the word. */
export function tokensAfter(text: string, pos: number, max: number): Token[] {
  const out: Token[] = [];
  let i = pos;
  while (out.length < max) {
    let gap = 0;
    while (i < text.length && isGap(text[i]!) && gap <= MAX_GAP) {
      i++;
      gap++;
    }
    if (gap === 0 || gap > MAX_GAP) break;
    const token = designatorStartingAt(text, i);
    if (!token) break;
    out.push(token);
    i = token.end;
  }
  return out;
}

/** True when nothing but an opening mark or a sentence boundary stands before `pos`. */
export function startsSentence(text: string, pos: number): boolean {
  let i = pos;
  let gap = 0;
  while (i > 0 && isGap(text[i - 1]!) && gap <= MAX_GAP) {
    i--;
    gap++;
  }
  if (i === 0) return true;
  return /[.!?\n"“‘(:—–|]/.test(text[i - 1]!);
}

export { isCapitalized };

/** A word of the text, as the text layer scans it (the single scan all equipment rules share). */
export type Word = Token;

export { scanWords };

/** True when only one to three blanks (no line break, no punctuation) separate two words. */
export function adjacent(text: string, left: Token, right: Token): boolean {
  const gap = right.start - left.end;
  if (gap < 1 || gap > MAX_GAP) return false;
  for (let i = left.end; i < right.start; i++) if (!isGap(text[i]!)) return false;
  return true;
}
