/**
 * The reporter's words around a quote, as the cue and speaker rules read
 * them: the text layer's words (abbreviation periods kept: "Mr.", "U.S.",
 * "Jr.") plus single punctuation characters, which the rules need to see
 * (commas before an apposition, a colon before a quote). Linear: one forward
 * pass over the window.
 */
import { WORD_PERIOD_ABBREVIATIONS } from '../text/abbreviations.js';
import { skipLength, wordEnd, type Token as TextToken } from '../text/tokens.js';

export interface Token extends TextToken {
  /** A word (letters or digits), not punctuation. */
  word: boolean;
  /** Starts with an upper-case letter. */
  capitalized: boolean;
}

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** White space as \s matches it, by character code. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

export function tokenize(text: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  let pos = from;
  while (pos < to) {
    const c = text.charCodeAt(pos);
    if (isSpace(c)) {
      pos++;
      continue;
    }
    let end = wordEnd(text, pos);
    if (end === pos) {
      // Punctuation: one character (a surrogate pair whole) per token.
      end = pos + skipLength(text, pos);
      if (end > to) break;
      const mark = text.slice(pos, end);
      tokens.push({ text: mark, lower: mark.toLowerCase(), start: pos, end, word: false, capitalized: false });
      pos = end;
      continue;
    }
    if (end > to) break;
    const raw = text.slice(pos, end);
    let lower = raw.toLowerCase();
    const first = raw[0]!;
    if (text.charCodeAt(end) === 46 /* . */ && end < to
      && (WORD_PERIOD_ABBREVIATIONS.has(lower) || (raw.length === 1 && isUpper(first)))) {
      end++;
    } else if (lower.endsWith('.')) {
      lower = lower.slice(0, -1);
    }
    tokens.push({ text: text.slice(pos, end), lower, start: pos, end, word: true, capitalized: isUpper(first) });
    pos = end;
  }
  return tokens;
}

/** The word without a possessive ending ("Harlan’s" → "harlan"). */
export function withoutPossessive(lower: string): string {
  return lower.replace(/['’]s$/, '');
}

export function isPossessive(token: Token): boolean {
  return /['’]s$/i.test(token.text);
}
