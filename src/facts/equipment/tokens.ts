/**
 * Bounded word look-around for the equipment rules: a few words before or
 * after a position, never crossing sentence punctuation. Every scan is
 * capped (word count, word length, gap width) so the cost per match is
 * constant and the whole extractor stays linear on adversarial input.
 */
import { isCapitalized } from '../text/case.js';

export interface Token {
  text: string;
  start: number;
  end: number;
}

const MAX_TOKEN_LENGTH = 40;
const MAX_GAP = 3;
// "/" joins the parts of designators such as "F/A-18E/F".
const TOKEN_CHAR = /[\p{L}\p{N}'’.&/-]/u;
const INITIALISM = /^(?:\p{L}\.)+$/u;

/** A comma between digits groups thousands ("40,000"): part of the number. */
function isThousandsComma(text: string, i: number): boolean {
  return text[i] === ',' && /\d/.test(text[i - 1] ?? '') && /^\d{3}(?!\d)/.test(text.slice(i + 1, i + 5));
}

function isGap(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u00a0';
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
    const end = i;
    while (i > 0 && end - i < MAX_TOKEN_LENGTH && (TOKEN_CHAR.test(text[i - 1]!) || isThousandsComma(text, i - 1))) i--;
    if (i === end) break;
    let start = i;
    while (start < end && /['’.&-]/.test(text[start]!)) start++;
    let tokenEnd = end;
    const raw = text.slice(start, end);
    if (raw.endsWith('.') && !INITIALISM.test(raw)) break; // a sentence ends here
    while (tokenEnd > start && /['’&-]/.test(text[tokenEnd - 1]!)) tokenEnd--;
    if (tokenEnd === start) break;
    out.push({ text: text.slice(start, tokenEnd), start, end: tokenEnd });
    if (start !== i) break; // a leading quote or dash: the phrase starts here
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
    const start = i;
    while (i < text.length && i - start < MAX_TOKEN_LENGTH && TOKEN_CHAR.test(text[i]!)) i++;
    let end = i;
    while (end > start && /['’.&-]/.test(text[end - 1]!) && !INITIALISM.test(text.slice(start, end))) end--;
    if (end === start) break;
    out.push({ text: text.slice(start, end), start, end });
    if (end !== i) break; // punctuation closed the phrase
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

// Words for the one pass over the text: letters and digits joined by inner
// hyphens, apostrophes or periods ("S-400", "anti-tank", "U.S", "Russia's").
// Each repetition must start with a joiner, so matching is linear.
const WORD = /[A-Za-z0-9\u00C0-\u024F]+(?:[-'’.][A-Za-z0-9\u00C0-\u024F]+)*/g;

/** A word of the text with its lower-case form, computed once for all rules. */
export interface Word extends Token {
  lower: string;
}

/** Every word of the text, in order: the single scan all equipment rules share. */
export function scanWords(text: string): Word[] {
  const words: Word[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    words.push({ text: m[0], lower: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  }
  return words;
}

/** True when only one to three blanks (no line break, no punctuation) separate two words. */
export function adjacent(text: string, left: Token, right: Token): boolean {
  const gap = right.start - left.end;
  if (gap < 1 || gap > MAX_GAP) return false;
  for (let i = left.end; i < right.start; i++) if (!isGap(text[i]!)) return false;
  return true;
}
