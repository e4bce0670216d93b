/**
 * What every equipment rule shares: the candidate mention it produces, the
 * context it reads, and the shape of a rule. A rule finds mentions of one
 * shape and decides for itself where it does not apply; their order is
 * declared once, in ./index.ts.
 */
import type { Word } from '../tokens.js';

/** One mention of a piece of hardware, before mentions of the same thing are merged. */
export interface Candidate {
  start: number;
  end: number;
  /** The class phrase as it should be named: modifiers + singular head ("cargo spaceship"). */
  classPhrase: string;
  /** The class phrase in the plural when this mention is plural ("patrol boats"), else null. */
  pluralPhrase: string | null;
  /** The canonical merge key of the class ("cargo spaceship" for "cargo space ships"). */
  classKey: string;
  canonicalHead: string;
  family: string;
  category: string;
  model: string | null;
  /** A proper name standing before the class ("International" Space Station). */
  properName: string | null;
  origin: string | null;
  /** The word that states the origin, as written ("Japanese", "Russian-made"), or null. */
  originWord: string | null;
  /** The maker named with the model ("Boeing" in "Boeing 787"), or null. */
  make: string | null;
  quantity: number | null;
  /** The count as written when it is not a plain number ("dozens of", "two to three", "about 40"), else null. */
  quantityText: string | null;
  /** Neither modifier nor model: "the missile", "satellites". */
  bare: boolean;
  /** Only adds a mention to an existing entry ("the craft"). */
  anaphoric: boolean;
  /** Said to be another thing than the ones before ("another satellite", "a second drone"). */
  distinct: boolean;
  /** Introduced by "the"/"this": refers to something already in the story. */
  definite: boolean;
}

/** What the rules need to know about the text beyond the characters. */
export interface RuleContext {
  text: string;
  /** Every word of the text (scanWords), shared by all rules. */
  words: readonly Word[];
  /** The text of the clause around [start, end): its sentence, cut at semicolons, at most `reach` characters each way (text/document.ts). */
  clauseAround(start: number, end: number, reach: number): string;
  /** True when the paragraph holding `offset` is written in title case (a headline). */
  inTitleCase(offset: number): boolean;
  /** True when the story is about vehicles as products (automakers, recalls, deliveries); decided once, on demand. */
  aboutVehicles?(): boolean;
}

export interface EquipmentRule {
  readonly name: string;
  find(context: RuleContext): Candidate[];
}
