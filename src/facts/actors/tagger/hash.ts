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
