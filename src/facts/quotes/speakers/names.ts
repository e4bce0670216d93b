/** Name words: titles stripped, the surname, whether a name reads as an organization. */
import { NAME_SUFFIXES, ORGANIZATION_WORDS, TITLES } from '../lexicon.js';
import { withoutPossessive } from '../tokens.js';

export function wordKey(word: string): string {
  return withoutPossessive(word.toLowerCase().replace(/\.$/, ''));
}

/** Drop titles and roles written before a name: "Prime Minister Jane Doe" → "Jane Doe". */
export function stripTitles(name: string): string {
  const words = name.trim().replace(/['’]s$/, '').split(/\s+/);
  let lastTitle = -1;
  for (let i = 0; i < words.length - 1; i++) {
    const key = wordKey(words[i]!);
    if (TITLES.has(key) || key === 'u.s' || key === 'us') lastTitle = i;
    // "Secretary of State Jane Doe", "Minister for Foreign Affairs Jane Doe": the office runs
    // on after "of"; keep the last two words as the name.
    else if ((key === 'of' || key === 'for') && lastTitle === i - 1) {
      lastTitle = Math.max(i, words.length - 3);
      break;
    }
  }
  return words.slice(lastTitle + 1).join(' ');
}

export function surnameOf(name: string): string | null {
  const words = name.split(/\s+/).map(wordKey).filter((w) => !NAME_SUFFIXES.has(w));
  return words.length ? words[words.length - 1]! : null;
}

export function hasOrganizationWord(name: string): boolean {
  return name.split(/\s+/).some((w) => ORGANIZATION_WORDS.has(wordKey(w)) || /^\p{Lu}{2,}$/u.test(w.replace(/['’]s$/, '')));
}
