/**
 * String normalization used for comparing names, as GUIDELINES.md defines it:
 * Unicode NFKC, lower case, curly quotes and apostrophes made straight, a
 * trailing possessive 's removed, punctuation at either end removed, runs of
 * white space made one space.
 */
export function normalizeForMatch(value: string): string {
  // Plain ASCII words with single spaces ("Jane Doe", "Acme 2") have nothing to clean but their case:
  // most names, and the four patterns below (one of them Unicode-class) are the slow part.
  if (PLAIN_NAME.test(value)) return value.toLowerCase();
  // NFKC leaves ASCII as it is, and of the quote marks ASCII holds only the backtick: most names skip
  // the NFKC call, which is slow.
  let s = isAscii(value)
    ? value.toLowerCase().replace(/`/g, "'")
    : value.normalize('NFKC').toLowerCase().replace(/[‘’‚‛′`´]/g, "'").replace(/[“”„‟″«»]/g, '"');
  s = s.replace(/\s+/g, ' ').trim();
  s = s.replace(/'s$/u, '');
  s = s.replace(/^[\p{P}\p{S}\s]+|[\p{P}\p{S}\s]+$/gu, '');
  return s.replace(/\s+/g, ' ');
}

const PLAIN_NAME = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;

function isAscii(value: string): boolean {
  for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) >= 128) return false;
  return true;
}

/** Words of a normalized string (for the "words in order" matching rules). */
export function normalizedWords(value: string): string[] {
  const n = normalizeForMatch(value);
  return n.length === 0 ? [] : n.split(' ');
}
