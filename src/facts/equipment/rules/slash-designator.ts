/**
 * slashDesignator: a designator written with slashes, with its maker before
 * and its system name after ("Boeing F/A-18E/F Super Hornet", "AN/TPY-2").
 */
import { DESIGNATOR_PREFIXES, MAKERS } from '../lexicon.js';
import { isCapitalized, tokensBefore } from '../tokens.js';
import { modelCandidate, systemNameAfter } from './attributes.js';
import type { Candidate, EquipmentRule } from './rule.js';

// Designators written with slashes, which split words: "F/A-18E/F", "AN/TPY-2". Tried (sticky) only
// where a one- or two-letter capital word is directly followed by "/".
const SLASH_DESIGNATOR = /(\p{Lu}{1,2})\/\p{Lu}{1,3}-\d{1,4}\p{Lu}{0,2}(?:\/\p{Lu}{1,2})?(?![\p{L}\p{N}/-])/uy;

/** A slash designator with its maker before and its system name after ("Boeing F/A-18E/F Super Hornet"). */
export const slashDesignator: EquipmentRule = {
  name: 'slash-designator',
  find(context) {
    const { text, words } = context;
    const out: Candidate[] = [];
    for (const word of words) {
      if (word.text.length > 2 || text[word.end] !== '/' || /[\p{L}\p{N}/-]/u.test(text[word.start - 1] ?? '')) continue;
      SLASH_DESIGNATOR.lastIndex = word.start;
      const m = SLASH_DESIGNATOR.exec(text);
      if (!m) continue;
      // "AN/" is the joint electronics type designation: radars and sensors.
      const category = m[1] === 'AN' ? 'radar' : DESIGNATOR_PREFIXES.get(m[1]!);
      if (category === undefined) continue;
      let start = m.index;
      let end = m.index + m[0].length;
      const maker = tokensBefore(text, start, 1)[0];
      const withMaker = maker !== undefined && isCapitalized(maker.text) && MAKERS.has(maker.text.toLowerCase());
      if (withMaker) start = maker.start;
      const named = systemNameAfter(text, end);
      if (named.length > 0) end = named[named.length - 1]!.end;
      out.push(modelCandidate(text, start, end, text.slice(start, end), category, withMaker ? maker.text : null));
    }
    return out;
  },
};
