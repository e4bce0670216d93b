/**
 * Feature hashing: a feature is a template number and a string ("the word
 * before is 'said'"), and the tagger only ever sees its 32-bit FNV-1a hash.
 * So the weights file holds numbers in buckets, never a word of the text the
 * model was trained on, and no feature dictionary has to be shipped or loaded.
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over the template number, then the string's UTF-16 code units. */
export function featureHash(template: number, value: string): number {
  let h = Math.imul(FNV_OFFSET ^ (template & 0xff), FNV_PRIME);
  h = Math.imul(h ^ (template >>> 8), FNV_PRIME);
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    h = Math.imul(h ^ (c & 0xff), FNV_PRIME);
    if (c > 0xff) h = Math.imul(h ^ (c >>> 8), FNV_PRIME);
  }
  return h >>> 0;
}

/** The bucket of a hash in a table of 2^bits buckets (the high bits mix best in FNV-1a). */
export function bucketOf(hash: number, bits: number): number {
  return (hash ^ (hash >>> bits)) & ((1 << bits) - 1);
}

/**
 * A feature made of two earlier hashes (or small numbers) and a template: "the word before is X and
 * this word's shape is Y" without building the string. Each step multiplies and folds, so the
 * order of a and b matters and nearby inputs land far apart.
 */
export function mixHash(template: number, a: number, b: number): number {
  let h = Math.imul((template + 0x9e3779b9) | 0, 0x85ebca6b) ^ a;
  h = Math.imul(h ^ (h >>> 15), 0xc2b2ae35) ^ b;
  h = Math.imul(h ^ (h >>> 13), 0x27d4eb2f);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * The hashes of a word's prefixes of 1..maxPrefix characters and suffixes of 1..maxSuffix, in one
 * pass each (FNV-1a is incremental: the hash of a prefix is a step of the hash of the word), each
 * given to `emit`; a prefix or suffix as long as the word is left out.
 */
export function affixHashes(template: number, word: string, maxPrefix: number, maxSuffix: number, emit: (hash: number) => void): void {
  let h = Math.imul(FNV_OFFSET ^ (template & 0xff), FNV_PRIME);
  for (let k = 0; k < maxPrefix && k < word.length - 1; k++) {
    h = Math.imul(h ^ word.charCodeAt(k), FNV_PRIME);
    emit(mixHash(template, h >>> 0, k));
  }
  h = Math.imul(FNV_OFFSET ^ ((template + 1) & 0xff), FNV_PRIME);
  for (let k = 0; k < maxSuffix && k < word.length - 1; k++) {
    h = Math.imul(h ^ word.charCodeAt(word.length - 1 - k), FNV_PRIME);
    emit(mixHash(template + 1, h >>> 0, k));
  }
}
