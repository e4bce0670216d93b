import { CORPORATE_SUFFIXES, NON_ACTOR_NAMES, isCommonWord, isKnownFirstName, isKnownPlace } from '../lexicons.js';
import { lowerText, type Token } from '../tokens.js';
import type { RuleContext } from './context.js';
import { candidate, type ArticleRule, type Candidate } from './rule.js';

/**
 * "Orbit Pictures, Zentor and StreamCo": an unknown single word listed
 * beside organizations (a comma or "and" between) is one of them.
 */
export const listedOrganization: ArticleRule = {
  name: 'listedOrganization',
  find(undecided, found, ctx) {
    const orgStarts = new Set<number>();
    const orgEnds = new Set<number>();
    for (const c of found) {
      if (c.type !== 'organization') continue;
      orgStarts.add(c.mention.start);
      orgEnds.add(c.mention.end);
    }
    const out: Candidate[] = [];
    for (const run of undecided) {
      const t = run.tokens[0]!;
      if (run.tokens.length !== 1 || t.sentenceStart || t.possessive || t.text.endsWith('.') || CORPORATE_SUFFIXES.has(t.lower) || !isListableWord(t, ctx)) continue;
      const after = /^(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+)/u.exec(ctx.text.slice(run.end, run.end + 8));
      const before = /(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/u.exec(ctx.text.slice(Math.max(0, run.start - 8), run.start));
      // An enumeration (a comma on one side) whose every joined neighbour is an organization.
      const commaList = (after?.[0].startsWith(',') ?? false) || (before?.[0].startsWith(',') ?? false);
      const afterOk = !after || orgStarts.has(run.end + after[0].length);
      const beforeOk = !before || orgEnds.has(run.start - before[0].length);
      if (commaList && afterOk && beforeOk) out.push(candidate('listedOrganization', 'organization', t.text, run));
    }
    return out;
  },
};

/** A capitalized word that could be a name: not a common word, place, given name or adverb-like form. */
function isListableWord(t: Token, ctx: RuleContext): boolean {
  const w = lowerText(t);
  return !isCommonWord(w) && !ctx.lowercaseWords.has(w) && !isKnownFirstName(w) && t.text.length >= 3 && !isKnownPlace(w)
    && !/^\p{Lu}\p{Ll}+(?:ly|ing|ed|ite|ites|an|ans)$/u.test(t.text) && !NON_ACTOR_NAMES.has(w) && !ctx.vesselNames.has(t.text);
}
