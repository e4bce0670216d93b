/**
 * A small tokenizer for the reporter's words around a quote: words (with
 * abbreviation periods kept: "Mr.", "U.S.", "Jr.") and single punctuation
 * characters. Linear: one global regex pass over the window.
 */
import { WORD_PERIOD_ABBREVIATIONS } from '../text/abbreviations.js';

export interface Token {
  text: string;
  /** Lower case, without a trailing period. */
  lower: string;
  start: number;
  end: number;
  /** A word (letters or digits), not punctuation. */
  word: boolean;
  /** Starts with an upper-case letter. */
  capitalized: boolean;
}

const TOKEN = /\p{L}(?:\.\p{L})+\.?|[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*|\S/gu;


function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function isWordStart(ch: string): boolean {
  // Letters change under case mapping or are outside ASCII; digits are 0-9.
  return (ch >= '0' && ch <= '9') || ch.toLowerCase() !== ch.toUpperCase() || (ch > '\u00ff' && WORD_START.test(ch));
}

const WORD_START = /[\p{L}\p{N}]/u;

export function tokenize(text: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(text); m && m.index < to; m = TOKEN.exec(text)) {
    let end = m.index + m[0].length;
    if (end > to) break;
    const raw = m[0];
    const first = raw[0]!;
    const word = isWordStart(first);
    let lower = raw.toLowerCase();
    if (word && text[end] === '.' && end < to && (WORD_PERIOD_ABBREVIATIONS.has(lower) || (raw.length === 1 && isUpper(first)))) {
      end++;
      TOKEN.lastIndex = end;
    } else if (lower.endsWith('.')) {
      lower = lower.slice(0, -1);
    }
    tokens.push({
      text: end === m.index + raw.length ? raw : text.slice(m.index, end),
      lower,
      start: m.index,
      end,
      word,
      capitalized: word && isUpper(first),
    });
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
