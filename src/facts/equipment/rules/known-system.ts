/**
 * knownSystem: a distinctive system name standing alone, capitalized,
 * singular or plural ("sent Javelins and Stingers", "a Kinzhal"). With a
 * class word after it the class-word rule reads it first ("Javelin
 * missiles"); names that are also common words are left to that rule
 * (lexicon STANDALONE_SYSTEM_NAMES).
 */
import { STANDALONE_SYSTEM_NAMES } from '../lexicon.js';
import { startsSentence } from '../tokens.js';
import { modelCandidate } from './attributes.js';
import type { Candidate, EquipmentRule } from './rule.js';

const NAME_WORD = /^\p{Lu}\p{Ll}+$|^\p{Lu}{3,}s?$/u;

/** The name without a plural "s" ("Javelins" -> "Javelin"), or null when it is not one of the names. */
function systemName(word: string): string | null {
  const lower = word.toLowerCase();
  if (STANDALONE_SYSTEM_NAMES.has(lower)) return word;
  if (lower.endsWith('s') && STANDALONE_SYSTEM_NAMES.has(lower.slice(0, -1))) return word.slice(0, -1);
  return null;
}

export const knownSystem: EquipmentRule = {
  name: 'known-system',
  find(context) {
    const { text, words } = context;
    const out: Candidate[] = [];
    for (const word of words) {
      // NAME_WORD opens with a capital, which is A-Z or a non-ASCII letter: lower-case words skip the Unicode pattern.
      const first = word.text.charCodeAt(0);
      if ((first < 65 || first > 90) && first < 128) continue;
      if (!NAME_WORD.test(word.text)) continue;
      // The lexicon lookup first: few words are system names, and the headline test reads the whole paragraph.
      const name = systemName(word.text);
      if (name === null || context.inTitleCase(word.start)) continue;
      // A sentence's first word may be capitalized for grammar only ("Grad students"), so it needs a plural or an all-caps name.
      if (startsSentence(text, word.start) && name === word.text && !/^\p{Lu}+$/u.test(word.text)) continue;
      const category = STANDALONE_SYSTEM_NAMES.get(name.toLowerCase())!;
      out.push(modelCandidate(text, word.start, word.end, name, category, null));
    }
    return out;
  },
};
