/**
 * What the tagger sees of each word: its form, shape, affixes, neighbours,
 * the punctuation around it, whether its paragraph is shouted in capitals,
 * what the rest of the article does with the same word, and what the
 * lexicons know about it. Every feature is a template number and a string,
 * hashed (hash.ts); the same code serves training and tagging, so a feature
 * means the same thing in both.
 */
import { startsLower } from '../../text/case.js';
import { findCountryByName, countryOfDemonym } from '../../text/countries.js';
import type { TextDocument } from '../../text/document.js';
import {
  CORPORATE_SUFFIXES, ORG_HEADS, PERSON_TITLES, isCommonWord, isFunctionWord, isKnownFirstName, isKnownLastName, isKnownOrganization, isKnownPlace,
} from '../lexicons.js';
import type { Token } from '../tokens.js';
import { affixHashes, featureHash, mixHash } from './hash.js';

/** The article as the tagger reads it: words, and for each word read the hashes of its label-independent features. */
export interface TaggerInput {
  tokens: readonly Token[];
  /** 1 for the words the tagger labels; the others are outside any name (see readsWord). */
  reads: Uint8Array;
  /** Hashes of each read word's lower-case form and shape (for the history features). */
  lowerHash: Uint32Array;
  shapeHash: Uint32Array;
  /** Static feature hashes of token i: features[offsets[i] .. offsets[i + 1]). */
  features: Uint32Array;
  offsets: Uint32Array;
  /** 1 where the word's paragraph is written in capitals only (a wire headline, a results table). */
  inCapitals: Uint8Array;
}

/** "Obama" -> "Xx", "U.S." -> "X.X.", "1996-08-22" -> "d-d-d", "McDonald" -> "XxXx": runs of one class collapse. */
export function wordShape(word: string): string {
  if (isLowerAscii(word)) return 'x';
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

/** Only the letters a-z: most words of a text, whose shape is "x" without a look at each class. */
function isLowerAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return word.length > 0;
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

// Template numbers: fixed once weights are trained (changing one means retraining).
const T = {
  bias: 0, lower: 1, form: 2, shape: 3, lexicon: 4, affix: 5, prev: 12, prev2: 13, next: 14, next2: 15,
  prevShape: 16, nextShape: 17, gapBefore: 18, gapAfter: 19, startShape: 20, capsShape: 21, capsLower: 22,
  seenCapitalized: 23, lexiconCaps: 25, lexiconLetter: 26, prevWord: 27, wordNext: 28,
  possessive: 31, length: 32, gapShape: 33, prevTag: 40, prevTags: 41, prevTagWord: 42, prevTagShape: 43,
} as const;

const BOUNDARY_HASH = featureHash(T.lower, '<b>');

/**
 * Words the tagger reads: capitalized ones (but a function word opening a sentence), every word of a paragraph in capitals, and a lower-case
 * word between two capitalized ones ("of" in "Bank of Lisbon", "van" in a Dutch name). The rest are
 * outside any name without a look, which is most of the tagger's speed: they are most of the text.
 */
function readsWord(tokens: readonly Token[], i: number, inCaps: Uint8Array): boolean {
  const t = tokens[i]!;
  if (inCaps[i]) return true;
  // "The", "But", "In" opening a sentence: capitalized by position, and never a name's first word.
  if (t.capitalized) return !(t.sentenceStart && isFunctionWord(t.lower));
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  return prev !== undefined && next !== undefined && prev.capitalized && next.capitalized && t.text.length <= 4;
}

/**
 * What the tagger knows of a word form whatever its context: the hashes of its lower-case form,
 * form, shape and lexicon letters, and its own features (affixes, lexicon letters, length).
 */
interface FormFeatures {
  lower: string;
  lowerHash: number;
  shapeHash: number;
  formHash: number;
  lexiconHash: number;
  /** The lexicon-in-capitals feature for a word outside (0) and inside (1) a paragraph in capitals. */
  lexiconCaps: readonly [number, number];
  capsLower: number;
  /** Affixes, lexicon letters and length: the features that read the form alone. */
  own: Uint32Array;
}

// Word forms recur from article to article ("said", "the", "Reuters"): their features are hashed
// once per process, not once per word. Cleared when full, so a long run stays bounded.
const FORM_CACHE = new Map<string, FormFeatures>();
const FORM_CACHE_LIMIT = 50_000;
const OWN_FEATURES_MAX = 18; // 3 prefixes + 4 suffixes + 10 lexicon letters + length

function formFeatures(text: string, lower: string): FormFeatures {
  let f = FORM_CACHE.get(text);
  if (f) return f;
  const lexicon = lexiconLetters(lower);
  const own: number[] = [];
  affixHashes(T.affix, lower, 3, 4, (h) => own.push(h));
  for (let k = 0; k < lexicon.length; k++) own.push(mixHash(T.lexiconLetter, lexicon.charCodeAt(k), 0));
  own.push(mixHash(T.length, Math.min(lower.length, 10), 0));
  const lowerHash = featureHash(T.lower, lower);
  const lexiconHash = featureHash(T.lexicon, lexicon);
  f = {
    lower, lowerHash, shapeHash: featureHash(T.shape, wordShape(text)), formHash: featureHash(T.form, text), lexiconHash,
    lexiconCaps: [mixHash(T.lexiconCaps, lexiconHash, 0), mixHash(T.lexiconCaps, lexiconHash, 1)],
    capsLower: mixHash(T.capsLower, lowerHash, 0), own: Uint32Array.from(own),
  };
  if (FORM_CACHE.size >= FORM_CACHE_LIMIT) FORM_CACHE.clear();
  FORM_CACHE.set(text, f);
  return f;
}

const BIAS_HASH = mixHash(T.bias, 0, 0);

/** The hashes of a gap class as the feature before and after a word (few classes: remembered). */
const GAP_HASHES = new Map<string, readonly [number, number]>();
function gapHashes(gap: string): readonly [number, number] {
  let h = GAP_HASHES.get(gap);
  if (!h) GAP_HASHES.set(gap, (h = [featureHash(T.gapBefore, gap), featureHash(T.gapAfter, gap)]));
  return h;
}

/** Reads the article once: which words to read, and every static feature hash of those. */
export function taggerInput(doc: TextDocument, tokens: readonly Token[]): TaggerInput {
  const { text } = doc;
  const n = tokens.length;
  const paragraphs = capsParagraphs(doc);
  const inCaps = new Uint8Array(n);
  let p = 0;
  for (let i = 0; i < n; i++) {
    while (p < paragraphs.length && paragraphs[p]!.end <= tokens[i]!.start) p++;
    inCaps[i] = p < paragraphs.length && paragraphs[p]!.start <= tokens[i]!.start && paragraphs[p]!.caps ? 1 : 0;
  }
  const reads = new Uint8Array(n);
  let readCount = 0;
  for (let i = 0; i < n; i++) if ((reads[i] = readsWord(tokens, i, inCaps) ? 1 : 0)) readCount++;
  // What the article does with each word elsewhere: capitalized inside a sentence of normal case, or lower case.
  const seenCapitalized = new Set<string>();
  const seenLower = new Set<string>();
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    if (inCaps[i]) continue;
    if (t.capitalized) {
      if (!t.sentenceStart) seenCapitalized.add(t.lower);
    } else if (startsLower(t.text)) {
      seenLower.add(t.lower);
    }
  }
  // Form features of the words read and their neighbours, looked up on first use.
  const forms: (FormFeatures | undefined)[] = new Array(n);
  const lowerHash = new Uint32Array(n);
  const shapeHash = new Uint32Array(n);
  const view = (i: number): FormFeatures => {
    let f = forms[i];
    if (f) return f;
    const t = tokens[i]!;
    f = forms[i] = formFeatures(t.text, t.lower);
    lowerHash[i] = f.lowerHash;
    shapeHash[i] = f.shapeHash;
    return f;
  };
  const gaps: string[] = new Array(n + 1);
  const gap = (i: number): string => (gaps[i] ??= i > 0 && i < n ? gapClass(text, tokens[i - 1]!.end, tokens[i]!.start) : 'N');
  // One typed buffer per article, sized for the most features a word can have.
  const hashes = new Uint32Array(readCount * (24 + OWN_FEATURES_MAX));
  let count = 0;
  const offsets = new Uint32Array(n + 1);
  for (let i = 0; i < n; i++) {
    offsets[i] = count;
    if (!reads[i]) continue;
    const t = tokens[i]!;
    const w = view(i);
    const gapBefore = gap(i);
    const gapAfter = gap(i + 1);
    // Neighbours across a line break are another sentence: seen as a boundary.
    const hasPrev = i > 0 && gapBefore !== 'N';
    const hasPrev2 = hasPrev && i > 1 && gap(i - 1) !== 'N';
    const hasNext = i + 1 < n && gapAfter !== 'N';
    const hasNext2 = hasNext && i + 2 < n && gap(i + 2) !== 'N';
    const pl = hasPrev ? view(i - 1).lowerHash : BOUNDARY_HASH;
    const ps = hasPrev ? shapeHash[i - 1]! : BOUNDARY_HASH;
    const nl = hasNext ? view(i + 1).lowerHash : BOUNDARY_HASH;
    const ns = hasNext ? shapeHash[i + 1]! : BOUNDARY_HASH;
    const wl = w.lowerHash;
    const ws = w.shapeHash;
    const caps = inCaps[i]!;
    const gb = gapHashes(gapBefore)[0];
    const ga = gapHashes(gapAfter)[1];
    hashes[count++] = BIAS_HASH;
    hashes[count++] = wl;
    hashes[count++] = w.formHash;
    hashes[count++] = ws;
    hashes.set(w.own, count);
    count += w.own.length;
    hashes[count++] = mixHash(T.prev, pl, 0);
    hashes[count++] = mixHash(T.prev2, hasPrev2 ? view(i - 2).lowerHash : BOUNDARY_HASH, 0);
    hashes[count++] = mixHash(T.next, nl, 0);
    hashes[count++] = mixHash(T.next2, hasNext2 ? view(i + 2).lowerHash : BOUNDARY_HASH, 0);
    hashes[count++] = mixHash(T.prevShape, ps, ws);
    hashes[count++] = mixHash(T.nextShape, ws, ns);
    hashes[count++] = gb;
    hashes[count++] = ga;
    hashes[count++] = mixHash(T.gapShape, mixHash(T.gapShape, gb, ws), ga);
    hashes[count++] = mixHash(T.startShape, t.sentenceStart || gapBefore === 'N' ? 1 : 0, ws);
    hashes[count++] = mixHash(T.capsShape, caps, ws);
    if (caps) hashes[count++] = w.capsLower;
    hashes[count++] = mixHash(T.seenCapitalized, caps * 4 + (seenCapitalized.has(w.lower) ? 2 : 0) + (seenLower.has(w.lower) ? 1 : 0), ws);
    hashes[count++] = w.lexiconCaps[caps]!;
    hashes[count++] = mixHash(T.prevWord, pl, wl);
    hashes[count++] = mixHash(T.wordNext, wl, nl);
    if (t.possessive) hashes[count++] = mixHash(T.possessive, ws, 0);
  }
  offsets[n] = count;
  return { tokens, reads, lowerHash, shapeHash, features: hashes.subarray(0, count), offsets, inCapitals: inCaps };
}

/**
 * The features that read the labels already given to the words before i
 * (greedy left-to-right decoding): written into `into`, their count returned.
 */
export function historyFeatures(input: TaggerInput, i: number, prevLabel: number, prev2Label: number, into: Uint32Array): number {
  const wl = input.lowerHash[i]!;
  const ws = input.shapeHash[i]!;
  into[0] = mixHash(T.prevTag, prevLabel, 0);
  into[1] = mixHash(T.prevTags, prev2Label, prevLabel);
  into[2] = mixHash(T.prevTagWord, prevLabel, wl);
  into[3] = mixHash(T.prevTagShape, prevLabel, ws);
  return 4;
}

export const HISTORY_FEATURES = 4;
