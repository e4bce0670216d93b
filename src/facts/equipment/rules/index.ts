/**
 * The equipment rules, one pattern each, in priority order.
 *
 * Why the order matters: where two candidates overlap, dropOverlaps
 * (../refiners.ts) keeps the one from the earlier rule, whatever their
 * lengths; only within one rule does the longer span win. So the rule that
 * reads the most about a mention comes first:
 * - hardwareClassLexicon reads a class word with its modifiers, model, origin
 *   and count ("S-400 air defense systems", "12 Turkish Bayraktar TB2
 *   drones"), so it beats the bare model readings of the same words;
 * - namedVessel ("USS Carl Vinson") claims a ship's name before any word of
 *   it can be read as a maker or a designator;
 * - makerModel ("Boeing 787") takes the maker with the model, which the
 *   designator rules would leave out;
 * - modelDesignator and slashDesignator read a designator standing alone,
 *   the weakest evidence, last. The two never overlap each other (a word
 *   after "/" is not a standalone designator);
 * - knownSystem reads a distinctive system name alone ("Javelins"), after
 *   every rule that could read the same word with more around it.
 * The order of candidates in the output does not depend on this list: the
 * refiners sort by position.
 */
import { hardwareClassLexicon } from './class-word.js';
import { knownSystem } from './known-system.js';
import { makerModel } from './maker-model.js';
import { modelDesignator } from './model-designator.js';
import { namedVessel } from './named-vessel.js';
import type { EquipmentRule } from './rule.js';
import { slashDesignator } from './slash-designator.js';

export const EQUIPMENT_RULES: readonly EquipmentRule[] = [
  hardwareClassLexicon,
  namedVessel,
  makerModel,
  modelDesignator,
  slashDesignator,
  knownSystem,
];

export type { Candidate, EquipmentRule, RuleContext } from './rule.js';
