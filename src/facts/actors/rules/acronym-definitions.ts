/** What the text says its acronyms stand for: bodies ("National Transit Union (NTU)") and terms ("synthetic aperture radar (SAR)"). */
import { HARDWARE_HEADS, ORG_HEADS, isFunctionWord } from '../lexicons.js';
import type { Token } from '../tokens.js';

/** "National Transit Union (NTU)": a name followed by its acronym in parentheses. */
export function acronymDefinitions(text: string): Map<string, string> {
  const defs = new Map<string, string>();
  // Find "(ABC)" first, then read the name backwards from it: one cheap scan instead of a
  // name-shaped pattern tried at every capital of the article.
  // Words on one line only: a name does not run across a paragraph break ("... in June.\n\nThe Ski Federation (SF)").
  const nameBefore = /((?:\p{Lu}[\p{L}.'’&-]*[ \t\u00a0]+(?:(?:of|for|and|the|on|&)[ \t\u00a0]+)*){1,8})$/u;
  const define = (acr: string, before: string): void => {
    const m = nameBefore.exec(before);
    if (!m) return;
    const name = definedName(m[1]!.trim(), acr);
    if (name && !defs.has(acr)) defs.set(acr, name);
  };
  // Texts without a parenthesis (many) skip the scan.
  if (text.includes('(')) for (const paren of text.matchAll(/\((\p{Lu}{2,7})\)/gu)) define(paren[1]!, text.slice(Math.max(0, paren.index - 160), paren.index));
  // "The Brazilian Air Force, known by its Portuguese initials FAB,": the same definition in words.
  const knownAs = /,\s+(?:also\s+|commonly\s+|widely\s+)?known\s+(?:as|by\s+(?:its|the)\s+(?:[\p{L}-]+\s+)?(?:initials|acronym|abbreviation))\s+(\p{Lu}{2,7})\b/gu;
  // The pattern needs the word "known": most texts lack it, and then the scan for commas is skipped.
  if (text.includes('known')) for (const m of text.matchAll(knownAs)) define(m[1]!, `${text.slice(Math.max(0, m.index - 160), m.index)} `);
  return defs;
}

/**
 * The part of a capitalized phrase that an acronym abbreviates: the
 * shortest tail whose initials spell it ("NTU"), or skip a word
 * ("OHCHR" for "Office of the U.N. High Commissioner for Human Rights"); an
 * acronym from another language ("BRIN", "SSB") still names the
 * organization written just before it, without a leading possessive.
 */
function definedName(phrase: string, acr: string): string | null {
  const words = phrase.split(/\s+/);
  const capitals = words.filter((w) => /^\p{Lu}/u.test(w));
  for (let i = 0; i < capitals.length; i++) {
    const tail = capitals.slice(i);
    if (initialsMatch(tail, acr)) return phrase.slice(phrase.indexOf(tail[0]!)).trim();
  }
  // A sentence ends before "The" after a word with a final period ("in June. The Ski Federation (FIS)").
  let start = 0;
  for (let i = 1; i < words.length - 1; i++) if (/^The$/.test(words[i]!) && /\p{Ll}{2}\.$/u.test(words[i - 1]!)) start = i;
  while (start < words.length - 1 && (/['’]s$/u.test(words[start]!) || /^the$/i.test(words[start]!))) start++;
  const rest = words.slice(start);
  const initials = rest.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]!).join('');
  if (initials[0] === acr[0] && isSubsequence(acr, initials)) return rest.join(' ');
  if (rest.some((w) => ORG_HEADS.has(w.toLowerCase().replace(/\.$/, '')))) return rest.join(' ');
  return null;
}

/**
 * Acronyms that name things, not bodies: defined after lower-case words
 * ("synthetic aperture radar (SAR)", "bisphenol A (BPA)": the letters in
 * order, the first one starting the phrase), or spelling a capitalized
 * hardware name ("Polar Satellite Launch Vehicle" -> PSLV).
 */
export function termAcronyms(text: string, tokens: readonly Token[]): Set<string> {
  const terms = new Set<string>();
  for (const paren of text.includes(' (') ? text.matchAll(/ \((\p{Lu}{2,6})\)/gu) : []) {
    const acr = paren[1]!.toLowerCase();
    // Up to five words before the parenthesis, read back from it.
    const words = text.slice(Math.max(0, paren.index - 80), paren.index).split(' ').slice(-5).filter((w) => /^[\p{L}-]+$/u.test(w));
    // The shortest tail of lower-case words (a lone capital letter allowed: "bisphenol A") that spells it.
    for (let i = words.length - 1; i >= 0; i--) {
      if (!/^\p{Ll}/u.test(words[i]!) && !/^\p{Lu}$/u.test(words[i]!)) break;
      const phrase = words.slice(i).join(' ').toLowerCase();
      if (phrase[0] === acr[0] && isSubsequence(acr, phrase.replace(/[^\p{L}]/gu, ''))) {
        terms.add(paren[1]!);
        break;
      }
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.capitalized || !HARDWARE_HEADS.has(t.lower)) continue;
    let j = i;
    while (j > 0 && tokens[j - 1]!.capitalized && !isFunctionWord(tokens[j - 1]!.text) && /^ $/.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start))) j--;
    if (i - j >= 1) terms.add(tokens.slice(j, i + 1).map((w) => w.text[0]!.toUpperCase()).join(''));
  }
  return terms;
}

function isSubsequence(needle: string, hay: string): boolean {
  let k = 0;
  for (let i = 0; i < hay.length && k < needle.length; i++) if (hay[i] === needle[k]) k++;
  return k === needle.length;
}

/** The acronym's letters are the initials of the name's capitalized words ("International Criminal Court" = ICC). */
export function initialsMatch(words: readonly string[], acr: string): boolean {
  // Inner capitals count as initials too ("NewSpace India Limited" = NSIL).
  const initials = words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]! + (/^\p{Lu}+$/u.test(w) ? '' : (w.slice(1).match(/(?<=\p{Ll})\p{Lu}/gu) ?? []).join(''))).join('');
  const plain = words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
  if (plain === acr.toUpperCase() || plain === acr.toUpperCase().replace(/S$/, '')) return true;
  return initials === acr.toUpperCase() || initials === acr.toUpperCase().replace(/S$/, '');
}
