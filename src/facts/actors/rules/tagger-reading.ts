import type { TaggedName } from '../tagger/index.js';
import type { EntityType } from '../tagger/labels.js';
import type { RuleContext } from './context.js';
import { isEventText } from './event-name.js';
import type { Candidate } from './rule.js';
import { hasSurnamePrefix } from './surname-prefix.js';

/** "DeskHub": a capital inside a word is a brand's mark, whatever the tagger reads. */
const INNER_CAPITAL = /^\p{Lu}\p{Ll}+\p{Lu}/u;

/** The index of the first tagged name ending after `offset` (names.length when none): names are in text order and never overlap. */
export function firstNameEndingAfter(names: readonly TaggedName[], offset: number): number {
  let lo = 0;
  let hi = names.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (names[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** What the name tagger read at [start, end): the type of a tagged name covering all of it, or null. */
export function taggerReading(ctx: RuleContext, start: number, end: number): EntityType | null {
  // The only name that can cover [start, end) is the first one ending after `start`.
  const name = ctx.names[firstNameEndingAfter(ctx.names, start)];
  return name && name.start <= start && name.end >= end ? name.type : null;
}

/**
 * An organization guessed from shape alone, checked against the tagger, which
 * read the words in their context: where it reads all of them as a place or
 * another kind of name (a town, a currency, an event, a demonym), they are no
 * organization. Where it saw an organization, a person or no name, or only
 * part of the words ("Zorvia" of "Zorvia government"), the rule's guess stands:
 * on news outside its training years the tagger takes too many companies for
 * people. A name with an organization head ("Harlow County Police") or an
 * inner capital ("DeskHub") keeps its shape's word. (null, a pass, stays a pass.)
 * A guess the tagger read as a person is marked, for the people refiner: a lone
 * given name of someone named in full in the article is that person.
 */
export function reconsider(claimed: Candidate[] | null, ctx: RuleContext): Candidate[] | null {
  if (!claimed || ctx.names.length === 0) return claimed;
  return claimed.flatMap((c) => {
    if (c.type !== 'organization' || c.rule === 'organizationHead') return [c];
    // "the 1997 Harlow Cup team event", "The Treaty of ...": an event or a document does not act, whatever the shape said.
    if (isEventText(c.mention.text)) return [];
    if (INNER_CAPITAL.test(c.mention.text) && !hasSurnamePrefix(c.mention.text)) return [c];
    const reading = taggerReading(ctx, c.mention.start, c.mention.end);
    if (reading === 'LOC' || reading === 'MISC') return [];
    return reading === 'PER' ? [{ ...c, taggedAsPerson: true }] : [c];
  });
}
