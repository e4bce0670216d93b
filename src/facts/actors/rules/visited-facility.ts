import { ROLE_NOUNS } from '../lexicons.js';
import type { Run, Token } from '../tokens.js';
import type { RuleContext } from './context.js';

/** Heads of places people are taken to or play at: the building, not the body that runs it. */
const FACILITY_HEADS: ReadonlySet<string> = new Set(['hospital', 'clinic', 'infirmary', 'centre']);

/** Prepositions that put someone in or at a building ("treated at", "taken to"). */
const VISIT_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'to', 'into', 'outside', 'near']);

/** Staff words not in ROLE_NOUNS that make "at X Hospital" an employer ("a physician at X Hospital"). */
const STAFF_NOUNS: ReadonlySet<string> = new Set(['physician', 'physicians', 'consultant', 'consultants', 'staff', 'doctors', 'nurses', 'surgeons']);

/**
 * "recovering in the city's Riverside Clinic", "play resumed at the Lakeview Sports Centre": a
 * hospital, clinic or centre named after a preposition of place is where something happens. The
 * wire corpus's annotation reads such names as places (on the training split a hospital or clinic
 * after in/at/to was a place 14 times of 14), and places that do not act are not actors. The same
 * name acting ("X Hospital said"), giving something ("guidance from X Clinic") or employing
 * someone ("a doctor at X Hospital") keeps its head noun's reading.
 */
export function isVisitedFacility(run: Run, ctx: RuleContext): boolean {
  const words = run.tokens;
  if (words.length < 2 || !FACILITY_HEADS.has(words[words.length - 1]!.lower)) return false;
  // Back past "the" and one possessive owner ("the city's", "Moscow's").
  let i = words[0]!.index - 1;
  const at = (k: number): Token | undefined => ctx.tokens[k];
  if (at(i)?.possessive) i--;
  if (at(i)?.lower === 'the') i--;
  const before = at(i);
  if (before === undefined || before.capitalized || !VISIT_PREPOSITIONS.has(before.lower)) return false;
  const staff = at(i - 1);
  return !staff || !(ROLE_NOUNS.has(staff.lower) || STAFF_NOUNS.has(staff.lower));
}
