/**
 * A small tokenizer for the reporter's words around a quote: words (with
 * abbreviation periods kept: "Mr.", "U.S.", "Jr.") and single punctuation
 * characters. Linear: one global regex pass over the window.
 */

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

/** Words whose trailing period belongs to the word, not the sentence. */
const PERIOD_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'jr', 'sr', 'st', 'rep', 'sen', 'gov', 'gen', 'lt', 'col', 'maj', 'capt', 'prof',
  'co', 'inc', 'corp', 'ltd', 'sgt', 'adm', 'rev', 'hon', 'no', 'vs', 'ft', 'mt',
]);

export function tokenize(text: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(text); m && m.index < to; m = TOKEN.exec(text)) {
    let end = m.index + m[0].length;
    if (end > to) break;
    const raw = m[0];
    const word = /^[\p{L}\p{N}]/u.test(raw);
    if (word && text[end] === '.' && end < to && (PERIOD_ABBREVIATIONS.has(raw.toLowerCase()) || /^\p{Lu}$/u.test(raw))) {
      end++;
      TOKEN.lastIndex = end;
    }
    const tokenText = text.slice(m.index, end);
    tokens.push({
      text: tokenText,
      lower: tokenText.toLowerCase().replace(/\.$/, ''),
      start: m.index,
      end,
      word,
      capitalized: /^\p{Lu}/u.test(tokenText),
    });
  }
  return tokens;
}

/** The word without a possessive ending ("Disney’s" → "disney"). */
export function withoutPossessive(lower: string): string {
  return lower.replace(/['’]s$/, '');
}

export function isPossessive(token: Token): boolean {
  return /['’]s$/i.test(token.text);
}
