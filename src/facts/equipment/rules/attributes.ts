/**
 * Attribute and model readers used by all rules: originAttribute and
 * quantityAttribute, designator shapes, known names, and the candidate of a
 * model mention (modelCandidate) with its origin and count.
 */
import { ADJECTIVES_OUTSIDE_NAME, DESIGNATOR_PREFIXES, MAKERS, NUMBER_WORDS, SYSTEM_NAMES } from '../lexicon.js';
import { countryOfOriginWord, originAfter } from '../origin.js';
import { isCapitalized, tokensAfter, tokensBefore, type Token } from '../tokens.js';
import { countEndingAt, type Count } from '../quantity.js';
import type { Candidate } from './rule.js';

/** originAttribute: the country a word before the class points to ("Russian", "Iran's", "US-made"). */
export function originAttribute(word: string): string | null {
  return countryOfOriginWord(word);
}

/** quantityAttribute: a stated count ("30", "1,200", "two", "a dozen"). */
export function quantityAttribute(word: string): number | null {
  if (/^\d{1,3}(?:,\d{3})*$|^\d{1,6}$/.test(word)) {
    const n = Number(word.replace(/,/g, ''));
    return n > 0 ? n : null;
  }
  return NUMBER_WORDS.get(word.toLowerCase()) ?? null;
}

const DESIGNATOR_TOKEN = /^(?:\p{Lu}{1,2}\/\p{Lu}{1,3}-\d{1,4}\p{Lu}{0,2}(?:\/\p{Lu}{1,2})?|\d\p{Lu}{1,2}\d{1,4}\p{Lu}{0,2}|\p{Lu}[\p{L}]{0,7}-?\d[\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)?(?:\/\p{Lu}{1,2})?|\d{2,4}-\d{1,3}|\p{Lu}[\p{L}]{1,10}-\p{Lu}[\p{Lu}\p{N}]{0,4}|\d{2,4}[\p{Lu}]?[\p{L}\p{N}]*|\p{Lu}{1,3}-\d{1,4}[\p{L}\p{N}]*)$/u;

/** A designator-shaped word: "S-400", "T-72B3", "TB2", "787", "Proton-M", "A320neo", variant and index codes "2A4", "9M723". */
export function isDesignator(word: string): boolean {
  return DESIGNATOR_TOKEN.test(word) && !/^\d{4}$/.test(word) && /\p{Lu}|\d/u.test(word);
}

/** A known system or maker name written in capitals ("Patriot", "Boeing"). */
export function isKnownName(word: string): boolean {
  const w = word.toLowerCase();
  return isCapitalized(word) && (SYSTEM_NAMES.has(w) || MAKERS.has(w));
}

// A whole word: prefix, number, optional suffix letters, optional plural.
export const STANDALONE_DESIGNATOR = /^(\p{Lu}\p{L}{0,6})-(\d{1,4})(\p{Lu}[\p{Lu}\p{N}]{0,4})?(?:s|['’]s)?$/u;

/** A designator whose prefix names military hardware on its own ("S-400"), not any code ("12V"). */
export function hasKnownPrefix(word: string): boolean {
  const m = STANDALONE_DESIGNATOR.exec(word);
  return m !== null && DESIGNATOR_PREFIXES.has(m[1]!);
}

export const PLAIN_CAPITALIZED = /^\p{Lu}\p{Ll}{2,}$/u;

/** A designator after the class word, in apposition ("the cargo ship Progress MS-04"). */
export function readRightModel(text: string, end: number): Token[] {
  const tokens = tokensAfter(text, end, 3);
  const model: Token[] = [];
  for (const token of tokens) {
    if (isDesignator(token.text) && !/^\d+$/.test(token.text)) model.push(token);
    else if (model.length === 0 && isKnownName(token.text)) model.push(token);
    else break;
  }
  return model.some((t) => isDesignator(t.text)) ? model : [];
}

export function joinTokens(tokens: readonly Token[]): string {
  return tokens.map((t) => t.text).join(' ');
}

/** A system name's words as a model, singular ("Black Hawks" names the "Black Hawk"). */
export function systemNameModel(tokens: readonly Token[]): string {
  const words = tokens.map((t) => t.text);
  const last = words[words.length - 1];
  if (last !== undefined && /s$/.test(last) && isKnownName(last.slice(0, -1))) words[words.length - 1] = last.slice(0, -1);
  return words.join(' ');
}

/**
 * A system name right after a designator belongs to the model: a known name
 * ("MQ-9 Reaper") or a capitalized word before one ("F-16 Fighting Falcon").
 */
export function systemNameAfter(text: string, end: number): Token[] {
  const [first, second] = tokensAfter(text, end, 2);
  // "UH-60M Black Hawks": a two-word name, the second word maybe plural.
  if (first && second && isKnownName(first.text) && isKnownName(second.text.replace(/s$/, ''))) return [first, second];
  if (first && isKnownName(first.text)) return [first];
  if (first && second && PLAIN_CAPITALIZED.test(first.text) && isKnownName(second.text)) return [first, second];
  return [];
}

export function modelCandidate(text: string, start: number, end: number, model: string, category: string,
  maker: string | null): Candidate {
  const left = tokensBefore(text, start, 3);
  let origin: string | null = null;
  let originWord: string | null = null;
  let count: Count | null = null;
  for (const token of left) {
    const o = isCapitalized(token.text) ? originAttribute(token.text) : null;
    if (o !== null) {
      origin ??= o;
      originWord ??= token.text;
      continue;
    }
    count = countEndingAt(text, token.end);
    if (count !== null || !ADJECTIVES_OUTSIDE_NAME.has(token.text.toLowerCase())) break;
  }
  const after = origin === null ? originAfter(text, end) : null;
  if (after) {
    origin = after.origin;
    originWord = after.word;
  }
  return {
    start, end, classPhrase: model, pluralPhrase: null, classKey: model.toLowerCase(), canonicalHead: model.toLowerCase(),
    family: category, category, model, properName: null, origin, originWord, make: maker, quantity: count?.value ?? null,
    quantityText: count?.text ?? null, bare: false, anaphoric: false, distinct: false, definite: false,
  };
}
