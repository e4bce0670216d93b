import { isKnownPlace } from '../lexicons.js';
import type { Token } from '../tokens.js';
import type { RuleContext } from './context.js';
import { countryNamed } from './gazetteer.js';
import { followsPlaceNounOf } from './place-noun-of.js';

/** Prepositions that put a known place where something happens ("a crash over X", "the bishop of X"), not a club that acts. */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'near', 'over', 'outside', 'across', 'throughout', 'of']);

/** A lower-case market noun after the name. */
const MARKET_AFTER = /^ (?:stock (?:market|exchange)s?|bourse|money market|bond market|share market)\b/u;

interface Span {
  start: number;
  end: number;
  text: string;
  tokens: readonly Token[];
}

/**
 * A name its context reads as a place: "X-based" (where a body is based is a place), a name placed
 * in its country ("Dunmore, Scotland"), a name after a place noun and "of" ("the town of X"), or a known
 * place right after a preposition of location ("over X", "archbishop of X"). A town also names its
 * club ("X beat Y 2-1", "X batsman"), so a known place alone is no evidence: only these contexts are.
 */
export function readsAsPlace(name: Span, ctx: RuleContext): boolean {
  const after = ctx.text.slice(name.end, name.end + 40);
  if (/^[-‑]based\b/u.test(after)) return true;
  // "the Harlow stock market", "the Dunmore bourse": a city's market is named after the place (the exchange
  // as a body is written in capitals: "the Harlow Stock Exchange").
  if (MARKET_AFTER.test(after)) return true;
  // "over Dunmore, Scotland": a town placed in its country (train: a name before ", Country" was a place 269 times in 305,
  // a body mostly before "Country's"; "Acme, Norway's largest bank").
  const inCountry = /^, (\p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*){0,2})(?=$|[\s,.;:)])/u.exec(after);
  // Not a name that itself follows a comma: "Name, Agency News, City" is a credit line.
  if (inCountry && !/, $/u.test(ctx.text.slice(Math.max(0, name.start - 2), name.start)) && [inCountry[1]!, inCountry[1]!.replace(/\.$/u, '')].some((p) => countryNamed(ctx, p) !== null || isKnownPlace(p))) return true;
  const first = name.tokens[0]!;
  if (followsPlaceNounOf(first, ctx)) return true;
  if (!isKnownPlace(name.text)) return false;
  const before = ctx.tokens[first.index - 1];
  const gapBefore = before ? ctx.text.slice(before.end, first.start) : '';
  return before !== undefined && gapBefore === ' ' && PLACE_PREPOSITIONS.has(before.text);
}

