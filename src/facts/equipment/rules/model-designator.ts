/**
 * modelDesignator: a designator whose prefix names military hardware on its
 * own, standing without a class word ("S-400", "F-16s", "MQ-9 Reaper").
 */
import { DESIGNATOR_PREFIXES, TWO_DIGIT_PREFIXES } from '../lexicon.js';
import { modelCandidate, STANDALONE_DESIGNATOR, systemNameAfter, systemNameModel } from './attributes.js';
import type { Candidate, EquipmentRule } from './rule.js';

/** modelDesignator: a designator whose prefix names military hardware on its own ("S-400", "F-16s", "Su-35S"). */
export const modelDesignator: EquipmentRule = {
  name: 'model-designator',
  find(context) {
    const { text, words } = context;
    const out: Candidate[] = [];
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      if (word.text.length > 16 || !word.text.includes('-')) continue;
      const m = STANDALONE_DESIGNATOR.exec(word.text);
      if (!m) continue;
      // Not inside numbers or drawing paths ("L-21.4 C-22.9", "-C-22").
      if (/[-.\d/]/.test(text[word.start - 1] ?? '') || /^[.,]\d/.test(text.slice(word.end, word.end + 2))) continue;
      const prefix = m[1]!;
      const category = DESIGNATOR_PREFIXES.get(prefix);
      if (category === undefined) continue;
      if (TWO_DIGIT_PREFIXES.has(prefix) && m[2]!.length < 2) continue;
      const model = `${m[1]}-${m[2]}${m[3] ?? ''}`;
      const end = word.start + model.length;
      const named = systemNameAfter(text, end);
      const fullModel = named.length > 0 ? `${model} ${systemNameModel(named)}` : model;
      out.push(modelCandidate(text, word.start, named.length > 0 ? named[named.length - 1]!.end : end, fullModel, category, null));
    }
    return out;
  },
};
