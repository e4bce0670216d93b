/**
 * What the tagger sees of each word: its form, shape, affixes, neighbours,
 * the punctuation around it, whether its paragraph is shouted in capitals,
 * what the rest of the article does with the same word, and what the
 * lexicons know about it. Every feature is a template number and a string,
 * hashed (hash.ts); the same code serves training and tagging, so a feature
 * means the same thing in both.
 */
import { findCountryByName, countryOfDemonym } from '../../text/countries.js';
import type { TextDocument } from '../../text/document.js';
import {
  CORPORATE_SUFFIXES, ORG_HEADS, PERSON_TITLES, isCommonWord, isKnownFirstName, isKnownLastName, isKnownOrganization, isKnownPlace,
} from '../lexicons.js';
import type { Token } from '../tokens.js';
import { featureHash } from './hash.js';
import { LABELS } from './labels.js';

/** Per-word facts computed once per article and shared by all templates. */
export interface WordView {
  lower: string;
  shape: string;
  /** Lexicon hits as one string of letters ("F" given name, "K" country ...), "" when none. */
  lexicon: string;
}

/** The article as the tagger reads it: words, and for each the hashes of its label-independent features. */
export interface TaggerInput {
  tokens: readonly Token[];
  words: readonly WordView[];
  /** Static feature hashes of token i: features[offsets[i] .. offsets[i + 1]). */
  features: Uint32Array;
  offsets: Uint32Array;
  /** 1 where the word's paragraph is written in capitals only (a wire headline, a results table). */
  inCapitals: Uint8Array;
}

/** "Obama" -> "Xx", "U.S." -> "X.X.", "1996-08-22" -> "d-d-d", "McDonald" -> "XxXx": runs of one class collapse. */
export function wordShape(word: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < word.length && out.length < 8; i++) {
    const c = word.charCodeAt(i);
    const ch = word[i]!;
    const cls = c >= 48 && c <= 57 ? 'd' : ch !== ch.toLowerCase() ? 'X' : ch !== ch.toUpperCase() ? 'x' : ch;
    if (cls !== last) out += cls;
    last = cls;
  }
  return out;
}

/** Lexicon letters: F given name, L family name, P place, O organization, C common word, K country, D demonym, H organization head, T title, S corporate suffix. */
export function lexiconLetters(lower: string): string {
  let s = '';
  if (isKnownFirstName(lower)) s += 'F';
  if (isKnownLastName(lower)) s += 'L';
  if (isKnownPlace(lower)) s += 'P';
  if (isKnownOrganization(lower)) s += 'O';
  if (isCommonWord(lower)) s += 'C';
  if (findCountryByName(lower)) s += 'K';
  if (countryOfDemonym(lower)) s += 'D';
  if (ORG_HEADS.has(lower)) s += 'H';
  if (PERSON_TITLES.has(lower)) s += 'T';
  if (CORPORATE_SUFFIXES.has(lower)) s += 'S';
  return s;
}

/** The punctuation between two words, as a short class: "_" a space, "N" a line break, else the marks themselves. */
function gapClass(text: string, from: number, to: number): string {
  let marks = '';
  for (let i = from; i < to && marks.length < 3; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) return 'N';
    if (c !== 32 && c !== 9 && c !== 13) marks += text[i];
  }
  return marks || (to > from ? '_' : '');
}

function capsParagraphs(doc: TextDocument): { start: number; end: number; caps: boolean }[] {
  return doc.paragraphs.map((p) => {
    const body = doc.text.slice(p.start, p.end);
    return { ...p, caps: !/\p{Ll}/u.test(body) && /\p{Lu}.*\p{Lu}/su.test(body) };
  });
}

// Template numbers: fixed forever once weights are trained (changing one means retraining).
const T = {
  bias: 0, lower: 1, form: 2, shape: 3, prefix: 4, suffix: 8, prev: 12, prev2: 13, next: 14, next2: 15,
  prevShape: 16, nextShape: 17, gapBefore: 18, gapAfter: 19, startShape: 20, capsShape: 21, capsLower: 22,
  seenCapitalized: 23, seenLower: 24, lexicon: 25, lexiconLetter: 26, prevWord: 27, wordNext: 28,
  prevLexicon: 29, nextLexicon: 30, possessive: 31, length: 32, gapShape: 33, prevTag: 40, prevTags: 41, prevTagWord: 42, prevTagShape: 43,
} as const;

const BOUNDARY: WordView = { lower: '<b>', shape: '<b>', lexicon: '<b>' };

/** Reads the article once: per-word views and every static feature hash. */
export function taggerInput(doc: TextDocument, tokens: readonly Token[]): TaggerInput {
  const { text } = doc;
  const paragraphs = capsParagraphs(doc);
  const lexiconMemo = new Map<string, string>();
  const words: WordView[] = tokens.map((t) => {
    let lexicon = lexiconMemo.get(t.lower);
    if (lexicon === undefined) lexiconMemo.set(t.lower, (lexicon = lexiconLetters(t.lower)));
    return { lower: t.lower, shape: wordShape(t.text), lexicon };
  });
  // What the article does with each word elsewhere: capitalized inside a sentence of normal case, or lower case.
  const inCaps = new Uint8Array(tokens.length);
  let p = 0;
  for (let i = 0; i < tokens.length; i++) {
    while (p < paragraphs.length && paragraphs[p]!.end <= tokens[i]!.start) p++;
    inCaps[i] = p < paragraphs.length && paragraphs[p]!.start <= tokens[i]!.start && paragraphs[p]!.caps ? 1 : 0;
  }
  const seenCapitalized = new Set<string>();
  const seenLower = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (inCaps[i]) continue;
    const c = t.text.charCodeAt(0);
    if (t.text !== t.lower && !t.sentenceStart && words[i]!.shape !== 'X') seenCapitalized.add(t.lower);
    else if (c >= 97 && c <= 122) seenLower.add(t.lower);
  }
  const hashes: number[] = [];
  const offsets = new Uint32Array(tokens.length + 1);
  const add = (template: number, value: string): void => {
    hashes.push(featureHash(template, value));
  };
  for (let i = 0; i < tokens.length; i++) {
    offsets[i] = hashes.length;
    const t = tokens[i]!;
    const w = words[i]!;
    const gapBefore = i > 0 ? gapClass(text, tokens[i - 1]!.end, t.start) : 'N';
    const gapAfter = i + 1 < tokens.length ? gapClass(text, t.end, tokens[i + 1]!.start) : 'N';
    // Neighbours across a line break are another sentence: seen as a boundary.
    const prev = i > 0 && gapBefore !== 'N' ? words[i - 1]! : BOUNDARY;
    const prev2 = i > 1 && gapBefore !== 'N' && gapClass(text, tokens[i - 2]!.end, tokens[i - 1]!.start) !== 'N' ? words[i - 2]! : BOUNDARY;
    const next = i + 1 < tokens.length && gapAfter !== 'N' ? words[i + 1]! : BOUNDARY;
    const next2 = i + 2 < tokens.length && next !== BOUNDARY && gapClass(text, tokens[i + 1]!.end, tokens[i + 2]!.start) !== 'N' ? words[i + 2]! : BOUNDARY;
    const caps = inCaps[i] ? 'C' : 'c';
    add(T.bias, '');
    add(T.lower, w.lower);
    add(T.form, t.text);
    add(T.shape, w.shape);
    for (let k = 1; k <= 3 && k < w.lower.length; k++) add(T.prefix + k, w.lower.slice(0, k));
    for (let k = 1; k <= 4 && k < w.lower.length; k++) add(T.suffix + k, w.lower.slice(-k));
    add(T.prev, prev.lower);
    add(T.prev2, prev2.lower);
    add(T.next, next.lower);
    add(T.next2, next2.lower);
    add(T.prevShape, `${prev.shape}|${w.shape}`);
    add(T.nextShape, `${w.shape}|${next.shape}`);
    add(T.gapBefore, gapBefore);
    add(T.gapAfter, gapAfter);
    add(T.gapShape, `${gapBefore}|${w.shape}|${gapAfter}`);
    add(T.startShape, `${t.sentenceStart || gapBefore === 'N' ? 'S' : 's'}|${w.shape}`);
    add(T.capsShape, `${caps}|${w.shape}`);
    if (inCaps[i]) add(T.capsLower, w.lower);
    add(T.seenCapitalized, `${caps}|${seenCapitalized.has(w.lower) ? 1 : 0}|${seenLower.has(w.lower) ? 1 : 0}|${w.shape}`);
    add(T.lexicon, `${w.lexicon}|${caps}`);
    for (let k = 0; k < w.lexicon.length; k++) add(T.lexiconLetter, w.lexicon[k]!);
    add(T.prevWord, `${prev.lower}|${w.lower}`);
    add(T.wordNext, `${w.lower}|${next.lower}`);
    add(T.prevLexicon, `${prev.lexicon}|${w.shape}`);
    add(T.nextLexicon, `${w.shape}|${next.lexicon}`);
    if (t.possessive) add(T.possessive, w.shape);
    add(T.length, String(Math.min(w.lower.length, 10)));
  }
  offsets[tokens.length] = hashes.length;
  return { tokens, words, features: Uint32Array.from(hashes), offsets, inCapitals: inCaps };
}

/**
 * The features that read the labels already given to the words before i
 * (greedy left-to-right decoding): written into `into`, their count returned.
 */
export function historyFeatures(input: TaggerInput, i: number, prevLabel: number, prev2Label: number, into: Uint32Array): number {
  const w = input.words[i]!;
  const p = LABELS[prevLabel]!;
  into[0] = featureHash(T.prevTag, p);
  into[1] = featureHash(T.prevTags, `${LABELS[prev2Label]!}|${p}`);
  into[2] = featureHash(T.prevTagWord, `${p}|${w.lower}`);
  into[3] = featureHash(T.prevTagShape, `${p}|${w.shape}`);
  return 4;
}

export const HISTORY_FEATURES = 4;
