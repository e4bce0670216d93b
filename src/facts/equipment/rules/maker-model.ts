/**
 * makerModel: a known maker followed by a model ("Boeing 787", "Bayraktar
 * TB2", "Dassault Rafale").
 */
import { MAKERS, SYSTEM_NAMES } from '../lexicon.js';
import { adjacent, isCapitalized } from '../tokens.js';
import { modelCandidate } from './attributes.js';
import type { Candidate, EquipmentRule } from './rule.js';

const MODEL_AFTER_MAKER = /^(?:\p{Lu}{0,3}-?\d{1,4}[\p{L}\p{N}-]{0,8}|\p{Lu}\p{Ll}{2,15})$/u;

/** makerModel: a known maker followed by a model ("Boeing 787", "Bayraktar TB2", "Dassault Rafale"). */
export const makerModel: EquipmentRule = {
  name: 'maker-model',
  find(context) {
    const { text, words } = context;
    const out: Candidate[] = [];
    for (let i = 0; i + 1 < words.length; i++) {
      const maker = words[i]!;
      const category = MAKERS.get(maker.lower);
      if (category === undefined || !isCapitalized(maker.text)) continue;
      const model = words[i + 1]!;
      if (!adjacent(text, maker, model) || !MODEL_AFTER_MAKER.test(model.text) || /^(?:19|20)\d\d$/.test(model.text)) continue;
      if (!/\d/.test(model.text) && !SYSTEM_NAMES.has(model.text.toLowerCase())) continue;
      out.push(modelCandidate(text, maker.start, model.end, `${maker.text} ${model.text}`, category, maker.text));
    }
    return out;
  },
};
