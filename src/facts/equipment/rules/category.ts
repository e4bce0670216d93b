/**
 * The category of a class-word mention: the head's own, or the one its
 * modifiers give it ("launch vehicle": space, "machine gun": small arms), or
 * its model's designator prefix for a head of several kinds ("KC-135
 * tankers": aircraft); a rocket is space hardware only where its clause or
 * model is about spaceflight ("fired rockets" are munitions).
 */
import { DESIGNATOR_PREFIXES, SPACE_SYSTEM_NAMES, type HeadClass } from '../lexicon.js';
import { STANDALONE_DESIGNATOR } from './attributes.js';

// Spaceflight words in the clause of a rocket ("the rocket lifted off", "put the satellite into orbit").
const SPACEFLIGHT_WORDS = /\b(?:orbit(?:s|al|ed|ing)?|satellites?|payloads?|spacecraft|space ?ships?|lift-?off|lifted off|launch ?pads?|spaceports?|cosmodrome|astronauts?|cosmonauts?|lunar|moon|mars|nasa|roscosmos|space agency|space station|stages?|spacex)\b/i;

export interface CategoryInput {
  head: HeadClass;
  /** The class modifiers, lower case. */
  modifiers: readonly string[];
  /** The model words, as written. */
  model: readonly string[];
  /** The clause around the mention. */
  clause: () => string;
  /** A road or rail vehicle made hardware by its context only ("recalled vehicles"). */
  byThingContext: boolean;
}

export function categoryOf({ head, modifiers, model, clause, byThingContext }: CategoryInput): string {
  if (head.categoryFromModel && model.length > 0) {
    for (const word of model) {
      const prefix = STANDALONE_DESIGNATOR.exec(word)?.[1];
      const fromModel = prefix !== undefined ? DESIGNATOR_PREFIXES.get(prefix) : undefined;
      if (fromModel !== undefined) return fromModel;
    }
  }
  // "Starship vehicle", "Falcon 9 rocket": a space family's model makes a rocket or vehicle space hardware.
  const spaceModel = model.some((m) => SPACE_SYSTEM_NAMES.has(m.toLowerCase().split('-')[0]!));
  if (spaceModel && (head.family === 'rocket' || head.canonical === 'vehicle')) return 'space';
  for (const [words, category] of head.categoryByModifier ?? []) {
    if (modifiers.some((m) => words.has(m))) return category;
  }
  // "vehicles" made hardware by a recall or crash are road vehicles, not military ones.
  if (byThingContext && head.context === 'thing' && head.category === 'military vehicle') return 'vehicle';
  if (head.family === 'rocket' && head.category === 'rocket' && SPACEFLIGHT_WORDS.test(clause())) return 'space';
  return head.category;
}
