/**
 * Word tokens with offsets, and the capitalized runs ("Russian Defense
 * Ministry", "Amira bin Sayed", "Ministry of Defense") that every actor rule
 * starts from. Finding candidates by capitalization plus lexicons is what
 * keeps the actor stage fast: no tagger runs over the whole article.
 */
import { startsLower, startsUpper } from '../text/case.js';
import type { TextDocument } from '../text/document.js';
import {
  CALENDAR_WORDS, CORPORATE_SUFFIXES, HEADS_TAKING_COMPLEMENT, NAME_PARTICLES, ORG_HEADS, ORG_LEAD_WORDS, PORTFOLIO_WORDS, TITLES_TAKING_PORTFOLIO, isCommonWord,
  isKnownFirstName, lowerCased,
} from './lexicons.js';
import { findCountryByName } from '../text/countries.js';
import { WORD_PERIOD_ABBREVIATIONS } from '../text/abbreviations.js';
import { lexiconKey, type Token as TextToken } from '../text/tokens.js';

/** A word of the text (the text layer's Token) as the actor rules read it. */
export interface Token extends TextToken {
  /** The word without a possessive 's (`lower` likewise). */
  text: string;
  index: number;
  /** Followed by 's / ’s (excluded from text). */
  possessive: boolean;
  /** First word of a sentence, line, or quotation: capitalized by position, not by name. */
  sentenceStart: boolean;
  /** Inside a headline-like paragraph or dateline, where capitals say nothing. */
  ignoreCapitals: boolean;
  /** The capitalized half of a compound modifier ("GOP" in "GOP-dominated"); stands alone. */
  modifierPrefix: boolean;
  /** Starts with a capital letter (or "al-"/"el-" before one). */
  capitalized: boolean;
}


/** Words of the text with offsets (the document's words); possessives split off, abbreviation periods kept. */
export function tokenize(doc: TextDocument): Token[] {
  const { text } = doc;
  const tokens: Token[] = [];
  const starts = sentenceStartOffsets(doc);
  const headlineSpans = headlineLikeSpans(doc);
  let span = 0;
  let nextStart = 0;
  for (const w of doc.words) {
    const { start, end: matchEnd } = w;
    let word = w.text;
    let possessive = false;
    if (word.length > 2 && word.charCodeAt(word.length - 1) === 115 /* s */ && isApostrophe(word.charCodeAt(word.length - 2))) {
      word = word.slice(0, -2);
      possessive = true;
    } else if (text.charCodeAt(matchEnd) === 46 /* . */ && ((word.length === 1 && startsUpper(word)) || WORD_PERIOD_ABBREVIATIONS.has(w.lower))) {
      word += '.';
    }
    while (span < headlineSpans.length && headlineSpans[span]!.end <= start) span++;
    const ignoreCapitals = (span < headlineSpans.length && headlineSpans[span]!.start <= start) || isWebFragment(text, start, matchEnd);
    // Sentence starts ascend, as tokens do: one moving index instead of a set lookup per word.
    while (nextStart < starts.length && starts[nextStart]! < start) nextStart++;
    const sentenceStart = starts[nextStart] === start || startsLineOrQuote(text, start);
    const compound = splitCompoundModifier(word);
    if (compound) {
      tokens.push(makeToken(compound, lexiconKey(compound), start, tokens.length, false, sentenceStart, ignoreCapitals, true));
      continue;
    }
    // The document's word already has its key; only a word cut before its 's needs another
    // (an abbreviation's added period is no part of a key).
    tokens.push(makeToken(word, possessive ? lexiconKey(word) : w.lower, start, tokens.length, possessive, sentenceStart, ignoreCapitals, false));
  }
  return tokens;
}

function makeToken(
  text: string, lower: string, start: number, index: number, possessive: boolean, sentenceStart: boolean,
  ignoreCapitals: boolean, modifierPrefix: boolean,
): Token {
  return {
    text, start, end: start + text.length, index, possessive, sentenceStart, ignoreCapitals, modifierPrefix,
    lower,
    capitalized: startsUpper(text) || (text.charCodeAt(2) === 45 /* - */ && /^(?:al|el)-\p{Lu}/u.test(text)),
  };
}



/**
 * "GOP-dominated" -> "GOP", "al-Qaeda-linked" -> "al-Qaeda": a capitalized
 * word joined to a lower-case participle is a modifier; its name half can
 * still be an actor mention but must not glue onto the next word.
 */
function splitCompoundModifier(word: string): string | null {
  // Same as /^(.*\p{Lu}[^-]*)-(\p{Ll}+)$/u, without that pattern's quadratic
  // backtracking on one long word: the name half's last segment holds a capital.
  // indexOf first: lastIndexOf is a slow runtime call, and most words hold no hyphen.
  if (word.indexOf('-') < 0) return null;
  const dash = word.lastIndexOf('-');
  const head = word.slice(0, dash);
  const tail = word.slice(dash + 1);
  if (!/^\p{Ll}+$/u.test(tail) || tail === 'elect' || !/\p{Lu}/u.test(head.slice(head.lastIndexOf('-') + 1))) return null;
  return head;
}

/** Hashtags, handles, URLs and domains ("#Topic", "@user", "pic.twitter.com/AbC"): not prose names. */
function isWebFragment(text: string, start: number, end: number): boolean {
  // Character codes, not one-character strings: this runs for every word.
  const before = text.charCodeAt(start - 1);
  const after = text.charCodeAt(end);
  return before === 35 /* # */ || before === 64 /* @ */ || before === 47 /* / */ || before === 46 /* . */ || after === 47
    || (after === 46 && end + 1 < text.length && isLetterUnit(text, end + 1));
}

/** The UTF-16 unit at i is a letter or digit by itself (as /[\p{L}\p{N}]/u tests a one-unit string). */
function isLetterOrDigitUnit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return /[\p{L}\p{N}]/u.test(text[i]!);
}

/** The UTF-16 unit at i is a letter by itself (as /\p{L}/u tests a one-unit string). */
function isLetterUnit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return /\p{L}/u.test(text[i]!);
}

function startsLineOrQuote(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  if (i < 0) return true;
  const c = text.charCodeAt(i);
  // \n “ " ‘ : ( [ — –
  return c === 10 || c === 0x201c || c === 34 || c === 0x2018 || c === 58 || c === 40 || c === 91 || c === 0x2014 || c === 0x2013;
}

/** Where each sentence's first letter or digit is, in ascending order (sentences are in text order). */
function sentenceStartOffsets(doc: TextDocument): number[] {
  const starts: number[] = [];
  for (const s of doc.sentences) {
    let i = s.start;
    while (i < s.end && !isLetterOrDigitUnit(doc.text, i)) i++;
    starts.push(i);
  }
  return starts;
}

interface Range {
  start: number;
  end: number;
}

/**
 * Spans where capitalization carries no signal: headline-case or all-caps
 * paragraphs ("Five Things We Learned"), and datelines ("MOSCOW (AP) —",
 * "Rotterdam –") at the start of a paragraph.
 */
function headlineLikeSpans(doc: TextDocument): Range[] {
  const spans: Range[] = [];
  for (const p of doc.paragraphs) {
    const body = doc.text.slice(p.start, p.end);
    // A dateline ends in a dash and a space: most paragraphs hold none, and a plain scan says so.
    const dateline = DASH_THEN_SPACE.test(body) ? DATELINE.exec(body) : null;
    if (dateline && !/[.!?]/.test(dateline[0].slice(0, -3))) spans.push({ start: p.start, end: p.start + dateline[0].length });
    if (isHeadlineCase(body)) spans.push({ start: p.start, end: p.end });
    // "DUBAI, Nov 19": an all-capital place opening a paragraph.
    const capsOpening = mayOpenWithCapitals(body) ? CAPS_OPENING.exec(body) : null;
    if (capsOpening && !dateline) spans.push({ start: p.start, end: p.start + capsOpening[0].length });
  }
  return spans.sort((a, b) => a.start - b.start);
}

const DATELINE = /^[\p{Lu}][\p{L}.'’ ]{1,40}?(?:,\s*[\p{L}\p{N}. ]{1,25}?)?(?:\s*\([\p{L} ]+\))?\s*[—–-]{1,2}\s/u;
const DASH_THEN_SPACE = /[—–-]\s/;
const CAPS_OPENING = /^\p{Lu}{3,}(?:\s\p{Lu}{2,})*(?=,|\s\()/u;

/** False when the first two characters show that the paragraph does not open with three capitals (ASCII check only). */
function mayOpenWithCapitals(body: string): boolean {
  const a = body.charCodeAt(0);
  if (a < 128) {
    if (a < 65 || a > 90) return false;
    const b = body.charCodeAt(1);
    if (b < 128 && (b < 65 || b > 90)) return false;
  }
  return true;
}

const MINOR_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'vs']);

function isSentenceMark(c: number): boolean {
  return c === 46 || c === 33 || c === 63; // . ! ?
}

/**
 * /[.!?]["”’)]?\s*$/u.test(paragraph), read from the end when the last character is
 * neither white space nor unusual (paragraphs come trimmed): no regex scan of the paragraph.
 */
function endsWithSentenceMark(paragraph: string): boolean {
  const last = paragraph.charCodeAt(paragraph.length - 1);
  if (isSentenceMark(last)) return true;
  // " ) ” ’
  if (last === 34 || last === 41 || last === 0x201d || last === 0x2019) return isSentenceMark(paragraph.charCodeAt(paragraph.length - 2));
  if (last < 128 && !isAsciiSpace(last)) return false;
  return /[.!?]["”’)]?\s*$/u.test(paragraph);
}

/** Space, tab or a line break (the ASCII part of \s). */
export function isAsciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

function isHeadlineCase(paragraph: string): boolean {
  // Prose ends with a sentence mark; headlines and captions rarely do (unless shouted in capitals).
  const prose = endsWithSentenceMark(paragraph);
  if (prose && paragraph.length > 300) return false;
  const hasLowercase = /\p{Ll}/u.test(paragraph);
  if (prose && hasLowercase) return false;
  const words = paragraph.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  if (words.length < 3) return false;
  if (!hasLowercase && paragraph.replace(/[^\p{L}]/gu, '').length >= 12) return true;
  if (prose) return false;
  const content = words.filter((w) => !MINOR_WORDS.has(lowerCased(w)));
  const capitalized = content.filter((w) => /^\p{Lu}/u.test(w));
  return content.length >= 3 && capitalized.length / content.length >= 0.8;
}

// ---------------------------------------------------------------------------

export interface Run {
  tokens: Token[];
  start: number;
  end: number;
  text: string;
}

export { startsLower, startsUpper };

export function isCapitalized(token: Token): boolean {
  return token.capitalized;
}

export function isAllCaps(word: string): boolean {
  if (!startsUpper(word)) return false;
  // ASCII words (nearly all) without a regex: letters counted, any lower-case letter or digit refutes.
  let letterCount = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128) return isAllCapsUnicode(word);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) return false;
    if (c >= 65 && c <= 90) letterCount++;
  }
  return letterCount >= 2;
}

function isAllCapsUnicode(word: string): boolean {
  const letters = word.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && !/\d/.test(word);
}

export function lower(token: Token): string {
  return token.lower;
}

/**
 * The token's text lower-cased, as lowerCased(token.text) gives it (an abbreviation
 * keeps its period), from the form tokenize already computed: toLowerCase is a slow
 * runtime call on most article texts, and rules ask about the same capitalized words often.
 */
export function lowerText(token: Token): string {
  return token.text.charCodeAt(token.text.length - 1) === 46 ? lowerCased(token.text) : token.lower;
}

function canStartOrContinue(token: Token): boolean {
  return isCapitalized(token) && !token.ignoreCapitals && !hasDigit(token.text) && !CALENDAR_WORDS.has(lower(token))
    && !isContraction(token.text) && !isModelDesignator(token.text);
}

/** "I'm", "We've", "Don't": capitalized, but never a name. */
function isContraction(word: string): boolean {
  // The apostrophe sits two or three characters from the end: other words skip the regex.
  if (!isApostrophe(word.charCodeAt(word.length - 2)) && !isApostrophe(word.charCodeAt(word.length - 3))) return false;
  return /['’](?:m|ll|re|ve|d|t)$/i.test(word);
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019; // ' ’
}

function hasDigit(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** /^ +$/.test(text.slice(from, to)) without the slice: one space or more, nothing else. */
export function onlySpaces(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) !== 32) return false;
  return true;
}

/** "Soyuz-FG", "Proton-M", "D-Minn": a hyphen part of one to three capitals is a model code or a party tag. */
function isModelDesignator(word: string): boolean {
  return word.includes('-') && word.split('-').some((part) => /^\p{Lu}{1,3}$/u.test(part));
}

/** Only spaces (no punctuation, no line break) between two tokens. */
function plainGap(text: string, a: Token, b: Token): boolean {
  return !a.possessive && onlySpaces(text, a.end, b.start);
}

/**
 * Maximal runs of capitalized words, joined across name particles ("bin"),
 * "of/for (the)" after an organization head ("Ministry of Defense"), "and"
 * when the run ends in an organization head ("World Travel and Tourism
 * Council") or makes a country name ("Trinidad and Tobago"), and a
 * possessive that precedes a head ("Attorney's Office").
 */
export function capitalizedRuns(text: string, tokens: readonly Token[]): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!canStartOrContinue(tokens[i]!)) {
      i++;
      continue;
    }
    const run: Token[] = [tokens[i]!];
    let inComplement = false;
    let orgComplements = 0;
    let j = i + 1;
    while (j < tokens.length && !run[run.length - 1]!.modifierPrefix) {
      const last = run[run.length - 1]!;
      const next = tokens[j]!;
      if (last.possessive) {
        const gapOk = /^['’]s +$/u.test(text.slice(last.end, next.start));
        if (gapOk && canStartOrContinue(next) && ORG_HEADS.has(lower(next)) && !next.modifierPrefix) {
          run.push(next);
          j++;
          continue;
        }
        // "People's Liberation Army": a common noun's possessive inside a name that ends in a head.
        if (gapOk && run.filter((t) => t.text !== 'The').length === 1 && isCommonWord(last.lower) && canStartOrContinue(next)) {
          let k = j;
          while (k + 1 < tokens.length && plainGap(text, tokens[k]!, tokens[k + 1]!) && canStartOrContinue(tokens[k + 1]!) && k - j < 4) k++;
          if (ORG_HEADS.has(lower(tokens[k]!)) && !tokens[k]!.modifierPrefix) {
            run.push(...tokens.slice(j, k + 1));
            j = k + 1;
            continue;
          }
        }
        break;
      }
      if (!plainGap(text, last, next)) break;
      if (canStartOrContinue(next) && !next.sentenceStart) {
        run.push(next);
        j++;
        continue;
      }
      const word = lowerText(next);
      const after = tokens[j + 1];
      if (NAME_PARTICLES.has(word) && after && plainGap(text, next, after) && canStartOrContinue(after) && !inComplement) {
        run.push(next, after);
        j += 2;
        continue;
      }
      // "van der", "de la": two particles before the family name.
      const third = tokens[j + 2];
      if (NAME_PARTICLES.has(word) && after && third && NAME_PARTICLES.has(after.text) && plainGap(text, next, after) && plainGap(text, after, third)
        && canStartOrContinue(third) && !inComplement) {
        run.push(next, after, third);
        j += 3;
        continue;
      }
      if ((word === 'of' || word === 'for' || word === 'on') && after && plainGap(text, next, after)) {
        const lastWord = lower(last);
        // "Secretary of State", "Minister for Foreign Affairs": a title's portfolio, the name follows it.
        const portfolio = TITLES_TAKING_PORTFOLIO.has(lastWord) && PORTFOLIO_WORDS.has(after.lower);
        // "Institute for the Study of War", "Centre for Research on Energy": an organization's complement
        // may take a complement of its own (a title's portfolio may not: "Minister of Defence of Russia X").
        const nested = orgComplements > 0 && orgComplements < 3;
        if (!HEADS_TAKING_COMPLEMENT.has(lastWord) && !(run.length === 1 && ORG_LEAD_WORDS.has(lastWord)) && !portfolio && !nested) break;
        let k = j + 1;
        if (tokens[k]!.text === 'the' && tokens[k + 1] && plainGap(text, tokens[k]!, tokens[k + 1]!)) k++;
        if (!canStartOrContinue(tokens[k]!)) break;
        run.push(...tokens.slice(j, k + 1));
        inComplement = true;
        if (!portfolio) orgComplements++;
        j = k + 1;
        continue;
      }
      if ((word === 'and' || word === '&') && after && plainGap(text, next, after) && canStartOrContinue(after)) {
        let k = j + 1;
        while (k + 1 < tokens.length && plainGap(text, tokens[k]!, tokens[k + 1]!) && canStartOrContinue(tokens[k + 1]!)) k++;
        const joined = [...run, next, ...tokens.slice(j + 1, k + 1)];
        const endsInHead = ORG_HEADS.has(lower(tokens[k]!));
        const isCountry = findCountryByName(text.slice(run[0]!.start, tokens[k]!.end)) !== null;
        // "Harbor Pictures, Quintrel and Zappify Inc.": inside a comma list, "and" joins list items, not words of a name.
        const listItem = word === 'and' && /\p{Lu}[\p{L}.]*,\s*$/u.test(text.slice(Math.max(0, run[0]!.start - 40), run[0]!.start));
        // "Department of Homeland Security and Alex Azar": a given name after "and" starts a person.
        const personAfter = isKnownFirstName(lowerText(after)) && k > j + 1;
        // "Ceres Robotics and Tyvak Nano Systems Inc": a right side of three words or more is a name of its own.
        const wholeNameAfter = word === 'and' && !inComplement && k - j >= 3;
        // "Harlan Seating Inc and Lumen Corp": a corporate suffix ends a company's name, so "and" starts the next one.
        const companyBefore = CORPORATE_SUFFIXES.has(lowerCased(last.text).replace(/\.$/, ''));
        if ((endsInHead || inComplement || isCountry) && !(listItem && !isCountry) && !personAfter && !(wholeNameAfter && !isCountry) && !companyBefore) {
          run.length = 0;
          run.push(...joined);
          j = k + 1;
          continue;
        }
      }
      break;
    }
    runs.push(makeRun(text, run));
    i = run[run.length - 1]!.index + 1;
  }
  return runs;
}

export function makeRun(text: string, tokens: Token[]): Run {
  const start = tokens[0]!.start;
  const end = tokens[tokens.length - 1]!.end;
  return { tokens, start, end, text: text.slice(start, end) };
}
