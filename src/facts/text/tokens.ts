/**
 * The one word scanner of the facts stage. Every extractor reads words the
 * same way, so a word's offsets and boundaries are the same in actors,
 * equipment, quotes and dates:
 *
 * - dotted letters ("U.S.", "a.m.", "U.N"): two or more single letters,
 *   each followed by a period, the last period optional;
 * - otherwise letters, marks and digits ([\p{L}\p{M}\p{N}], starting with a
 *   letter or digit), joined by - ' ’ & ("S-400", "O'Neill", "AT&T"), by a
 *   period between digits ("3.5", "1.2bn"), with an optional trailing "+"
 *   ("C++", "Disney+").
 *
 * The scanner reads characters by code, not by regex match: a match array per
 * word of every article was the actor stage's largest allocation. It only
 * moves forward, one character at a time, so it is linear on any input.
 * Stages decorate these words (sentence starts, possessives, designators
 * joined over "/"); they never define words of their own.
 */

/** A word of the text with its offsets. */
export interface Token {
  /** The word as written. */
  text: string;
  /** Lower case, without a final abbreviation period: the key for lexicon lookups. */
  lower: string;
  start: number;
  end: number;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/uy;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/uy;
const LETTER = /\p{L}/uy;

function isAsciiLetterOrDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Length in code units (1, or 2 for a surrogate pair) of the character at i when `cls` matches it there, else 0. */
function classLength(cls: RegExp, text: string, i: number): number {
  cls.lastIndex = i;
  return cls.test(text) ? cls.lastIndex - i : 0;
}

/**
 * Whether a character of U+0080-U+024F (Latin-1 and Latin Extended: accented letters,
 * no-break space, punctuation) is a letter or digit, without a regex. That range holds no
 * combining mark, so the answer is the same with marks counted.
 */
function isLatinLetterOrDigit(c: number): boolean {
  if (c >= 0xc0) return c !== 0xd7 && c !== 0xf7; // × and ÷
  // ª ² ³ µ ¹ º ¼ ½ ¾
  return c === 0xaa || c === 0xb2 || c === 0xb3 || c === 0xb5 || c === 0xb9 || c === 0xba || c === 0xbc || c === 0xbd || c === 0xbe;
}

/** A letter or digit at i ([\p{L}\p{N}]): its length in code units, else 0. */
export function letterOrDigitLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiLetterOrDigit(c) ? 1 : 0;
  if (c <= 0x24f) return isLatinLetterOrDigit(c) ? 1 : 0;
  // U+2000-U+206F (spaces, dashes, curly quotes, bullets) holds no letter, mark or digit.
  return c === c && !(c >= 0x2000 && c <= 0x206f) ? classLength(LETTER_OR_DIGIT, text, i) : 0;
}

/** A letter, mark or digit at i ([\p{L}\p{M}\p{N}]): its length, else 0. */
export function wordCharLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiLetterOrDigit(c) ? 1 : 0;
  if (c <= 0x24f) return isLatinLetterOrDigit(c) ? 1 : 0;
  return c === c && !(c >= 0x2000 && c <= 0x206f) ? classLength(WORD_CHAR, text, i) : 0;
}

/** A letter at i (\p{L}): its length, else 0. */
function letterLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiLetter(c) ? 1 : 0;
  if (c <= 0x24f) return isLatinLetterOrDigit(c) && !(c >= 0xb2 && c <= 0xbe && c !== 0xb5 && c !== 0xba) ? 1 : 0;
  return c === c ? classLength(LETTER, text, i) : 0;
}

/** Step over one character that starts no word: a whole surrogate pair, never half of one. */
export function skipLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

/** True when a word starts at i (a letter or digit stands there). */
export function startsWord(text: string, i: number): boolean {
  return letterOrDigitLength(text, i) > 0;
}

/** "U.S.", "a.m.", "U.N": where the dotted letters starting at `start` end, or -1 when none stand there. */
function dottedLettersEnd(text: string, start: number): number {
  let i = start;
  let letters = 0;
  for (let l = letterLength(text, i); l > 0 && text.charCodeAt(i + l) === 46; l = letterLength(text, i)) {
    i += l + 1;
    letters++;
  }
  if (letters === 0) return -1;
  // The last letter may stand without its period ("U.S-led" is rare; "U.N" is not).
  const last = letterLength(text, i);
  if (last > 0 && wordCharLength(text, i + last) === 0) {
    i += last;
    letters++;
  } else if (letters < 2) {
    return -1;
  }
  if (letters < 2 || wordCharLength(text, i) > 0) return -1;
  return i;
}

/**
 * End of the word starting at `start`; `start` itself when no word starts
 * there. Every stage's notion of a word is this function.
 */
export function wordEnd(text: string, start: number): number {
  const first = letterOrDigitLength(text, start);
  if (first === 0) return start;
  const dotted = dottedLettersEnd(text, start);
  if (dotted > 0) return dotted;
  let i = start + first;
  for (let w = wordCharLength(text, i); w > 0; w = wordCharLength(text, i)) i += w;
  for (;;) {
    const c = text.charCodeAt(i);
    const joins = c === 45 /* - */ || c === 39 /* ' */ || c === 0x2019 /* ’ */ || c === 38 /* & */
      || (c === 46 /* . */ && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1)));
    if (!joins) break;
    let w = wordCharLength(text, i + 1);
    if (w === 0) break;
    i += 1;
    for (; w > 0; w = wordCharLength(text, i)) i += w;
  }
  return text.charCodeAt(i) === 43 /* + */ ? i + 1 : i;
}

/**
 * word.toLowerCase(), skipping the call for ASCII words without a capital (most
 * words): on texts holding any non-Latin-1 character (curly quotes, dashes) every
 * toLowerCase is a slow runtime call.
 */
export function lowerCased(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128 || (c >= 65 && c <= 90)) return word.toLowerCase();
  }
  return word;
}

/** The lexicon key of a word: lower case, a final abbreviation period dropped. */
export function lexiconKey(word: string): string {
  const lowered = lowerCased(word);
  return lowered.charCodeAt(lowered.length - 1) === 46 ? lowered.slice(0, -1) : lowered;
}

export function makeToken(text: string, start: number, end: number): Token {
  const word = text.slice(start, end);
  return { text: word, lower: lexiconKey(word), start, end };
}

/** Every word of text[from, to), in order. */
export function scanWords(text: string, from = 0, to = text.length): Token[] {
  const words: Token[] = [];
  let pos = from;
  while (pos < to) {
    const end = wordEnd(text, pos);
    if (end === pos) {
      pos += skipLength(text, pos);
      continue;
    }
    if (end > to) break;
    words.push(makeToken(text, pos, end));
    pos = end;
  }
  return words;
}

const MAX_WORD_LOOKBACK = 60;

function isSpaceOrNbsp(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0;
}

/** How far back, from `end`, word characters and joiners reach (bounded): where a word ending there could start. */
function reachBack(text: string, end: number): number {
  let i = end;
  while (i > 0 && end - i < MAX_WORD_LOOKBACK) {
    const c = text.charCodeAt(i - 1);
    if (wordCharLength(text, i - 1) > 0 || (c >= 0xdc00 && c <= 0xdfff && i >= 2 && wordCharLength(text, i - 2) > 0)) {
      i -= c >= 0xdc00 && c <= 0xdfff ? 2 : 1;
      continue;
    }
    const joiner = c === 45 || c === 39 || c === 0x2019 || c === 38 || c === 46 || c === 43;
    if (joiner && i - 1 > 0 && wordCharLength(text, i - 2) > 0) {
      i--;
      continue;
    }
    break;
  }
  return i;
}

/** The word scanned forward from the earliest start near `offset` that reaches past `offset - 1`, or null. */
function forwardWordReaching(text: string, offset: number, end: number): Token | null {
  for (let start = reachBack(text, end); start < end; start++) {
    if (!startsWord(text, start) || (start > 0 && continuesWordBackwards(text, start))) continue;
    const stop = wordEnd(text, start);
    if (stop >= offset) return makeToken(text, start, stop);
    start = stop - 1;
  }
  return null;
}

/**
 * The word that ends exactly at `end`, or null. Read backwards over word
 * characters and joiners (bounded), then confirmed by the forward scanner,
 * so it gives the same word `scanWords` would.
 */
export function wordEndingAt(text: string, end: number): Token | null {
  if (end <= 0) return null;
  const word = forwardWordReaching(text, end, end);
  return word && word.end === end ? word : null;
}

/** The word that holds the character at `offset`, or null ("mid-1990s" for the hyphen in it). */
export function wordContaining(text: string, offset: number): Token | null {
  const word = forwardWordReaching(text, offset + 1, offset + 1);
  return word && word.start <= offset ? word : null;
}

/** True when the character before `start` belongs to a word that runs into `start`. */
function continuesWordBackwards(text: string, start: number): boolean {
  return wordCharLength(text, start - 1) > 0;
}

/** The word before `pos`, across spaces only (no punctuation between); null when none. */
export function wordBefore(text: string, pos: number): Token | null {
  let end = pos;
  while (end > 0 && isSpaceOrNbsp(text.charCodeAt(end - 1))) end--;
  return wordEndingAt(text, end);
}

/** The word after `pos`, across spaces only; null when none. */
export function wordAfter(text: string, pos: number): Token | null {
  let start = pos;
  while (start < text.length && isSpaceOrNbsp(text.charCodeAt(start))) start++;
  const end = wordEnd(text, start);
  return end > start ? makeToken(text, start, end) : null;
}
