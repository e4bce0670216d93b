/**
 * Equipment: military and technical hardware (weapon systems, aircraft,
 * vehicles, vessels, missiles, drones, radars, spacecraft, named systems).
 *
 * Pipeline: rules (rules/, one pattern each, in the order of
 * rules/index.ts) find candidate mentions (class words, named vessels,
 * maker + model, standalone and slash model designators, known system
 * names), later bare designators of the models they named are added
 * (rules/model-echo.ts), then refiners drop overlaps, merge mentions of the
 * same thing and assign ids.
 */
import type { Equipment } from '../../schema.js';
import { clauseAround, paragraphIndexAt, type TextDocument } from '../text/document.js';
import { assignIds, dropOverlaps, mergeSameThing } from './refiners.js';
import { EQUIPMENT_RULES, type RuleContext } from './rules/index.js';
import { modelEchoes } from './rules/model-echo.js';
import { isVehicleStory } from './rules/story-context.js';

/** Equipment reads the text alone: origin comes from demonyms and makers beside the mention, not from the actors. */
export function extractEquipment(doc: TextDocument): Equipment[] {
  const context = ruleContext(doc);
  const found = dropOverlaps(EQUIPMENT_RULES.map((rule) => rule.find(context)));
  // Later bare designators of a named model ("the TB2s") join it; the rules' own readings win where they overlap.
  const candidates = dropOverlaps([found, modelEchoes(doc.text, context.words, found)]);
  return assignIds(mergeSameThing(candidates, doc.text), doc.text);
}

/**
 * Headlines are written in title case ("Russia Sends Air Defense System"),
 * where capitals do not mark names. Decided once per paragraph, on demand.
 */
function ruleContext(doc: TextDocument): RuleContext {
  const titleCaseByParagraph = new Map<number, boolean>();
  let vehicleStory: boolean | undefined;
  return {
    aboutVehicles: () => (vehicleStory ??= isVehicleStory(doc.text)),
    text: doc.text,
    words: doc.words,
    clauseAround(start: number, end: number, reach: number): string {
      const clause = clauseAround(doc, start, end, reach);
      return doc.text.slice(clause.start, clause.end);
    },
    inTitleCase(offset: number): boolean {
      const index = paragraphIndexAt(doc, offset);
      if (index < 0) return false;
      let known = titleCaseByParagraph.get(index);
      if (known === undefined) {
        const p = doc.paragraphs[index]!;
        known = isTitleCase(doc.text.slice(p.start, p.end));
        titleCaseByParagraph.set(index, known);
      }
      return known;
    },
  };
}

/** A short line whose longer words are nearly all capitalized. */
export function isTitleCase(line: string): boolean {
  if (line.length > 200) return false;
  const words = line.match(/\p{L}{4,}/gu) ?? [];
  if (words.length < 2) return false;
  const capitalized = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalized / words.length >= 0.75;
}
