import type { Token } from '../tokens.js';
import type { RuleContext } from './context.js';

/**
 * Nouns that, with "of", put a place after them: "the town of X", "the province of X", "20 km north
 * of X", "the outskirts of X". (On the training split the capitalized word after these was a place in
 * nearly every case; the few others were countries, which the gazetteer takes first.)
 */
const PLACE_NOUNS_BEFORE_OF: ReadonlySet<string> = new Set([
  'town', 'city', 'village', 'villages', 'province', 'region', 'district', 'county', 'port', 'island', 'capital',
  'outskirts', 'suburb', 'suburbs', 'streets', 'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast',
  'southwest', 'northwards', 'southwards', 'center', 'centre', 'heart',
]);

/** "the town of X": the run's first token follows a lower-case place noun and "of" (single spaces). */
export function followsPlaceNounOf(first: Token, ctx: RuleContext): boolean {
  const of = ctx.tokens[first.index - 1];
  const noun = ctx.tokens[first.index - 2];
  if (!of || !noun || of.text !== 'of' || first.start - of.end !== 1 || of.start - noun.end !== 1) return false;
  return PLACE_NOUNS_BEFORE_OF.has(noun.text);
}
