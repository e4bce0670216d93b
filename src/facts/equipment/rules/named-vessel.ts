/**
 * namedVessel: a ship prefix and its name of one to four capitalized words
 * ("USS Carl Vinson"); a weak prefix ("MV", "JS") only after "the" or a
 * vessel class word.
 */
import { SHIP_PREFIXES, WEAK_SHIP_PREFIXES } from '../lexicon.js';
import { adjacent, type Word } from '../tokens.js';
import { HEAD_FORMS } from './class-forms.js';
import type { Candidate, EquipmentRule } from './rule.js';

const SHIP_NAME_WORD = /^\p{Lu}[\p{L}.'’-]{0,20}$/u;

/** The word before words[i] is "the" or a vessel class word ("the destroyer JS Takanami", "the MV Dali"). */
function afterShipWord(text: string, words: readonly Word[], i: number): boolean {
  const before = words[i - 1];
  if (!before || !adjacent(text, before, words[i]!)) return false;
  return before.lower === 'the' || HEAD_FORMS.get(before.lower)?.head.family === 'ship';
}

/** namedVessel: a ship prefix and its name of one to four capitalized words ("USS Carl Vinson"). */
export const namedVessel: EquipmentRule = {
  name: 'named-vessel',
  find(context) {
    const { text, words } = context;
    const out: Candidate[] = [];
    for (let i = 0; i < words.length; i++) {
      const prefix = words[i]!;
      // Every prefix is written in ASCII capitals: other words leave before the two set lookups.
      const first = prefix.text.charCodeAt(0);
      if (first < 65 || first > 90) continue;
      const strong = SHIP_PREFIXES.has(prefix.lower);
      if (!strong && !WEAK_SHIP_PREFIXES.has(prefix.lower)) continue;
      if (prefix.text !== prefix.text.toUpperCase() || (!strong && !afterShipWord(text, words, i))) continue;
      let last = i;
      while (last - i < 4 && words[last + 1] && adjacent(text, words[last]!, words[last + 1]!)
        && SHIP_NAME_WORD.test(words[last + 1]!.text)) last++;
      if (last === i) continue;
      const end = words[last]!.end;
      const name = text.slice(prefix.start, end);
      out.push({
        start: prefix.start, end, classPhrase: name, pluralPhrase: null, classKey: name.toLowerCase(),
        canonicalHead: 'ship', family: 'ship', category: 'vessel', model: null, properName: name, origin: null,
        originWord: null, make: null, quantity: null, quantityText: null, bare: false, anaphoric: false, distinct: false, definite: false,
      });
      i = last;
    }
    return out;
  },
};
