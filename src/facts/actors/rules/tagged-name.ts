import { CALENDAR_WORDS, NON_ACTOR_NAMES, isCommonWord, isFunctionWord } from '../lexicons.js';
import { isAllCaps, isCapitalized, type Token } from '../tokens.js';
import type { TaggedName } from '../tagger/index.js';
import type { RuleContext } from './context.js';
import { isStatisticAcronym } from './acronym.js';
import { isCompetitionUse } from './competition-use.js';
import { eventWordsFollow } from './event-context.js';
import { isEventName } from './event-name.js';
import { namesAnIndex } from './index-name.js';
import { countryNamed } from './gazetteer.js';
import { isIdentityToken, isInitial, withoutArticle } from './helpers.js';
import { candidate, type ArticleRule, type Candidate } from './rule.js';
import { readsAsPerson } from './person-context.js';
import { readsAsPlace } from './place-context.js';
import { isShoutedPhrase } from './run-shape.js';

/**
 * A person or organization the name tagger found where no rule claimed
 * anything: a name standing alone ("Okafor, 31, scored twice"), a team in a
 * results line, a name in a shouted headline. The rules keep precedence:
 * a span that overlaps a rule's candidate, or a run a rule rejected, is
 * theirs (a run rejected as a place name only blocks a tagged person: a
 * club is named after its town). A name the rules found or rejected
 * elsewhere is theirs everywhere: its other mentions are collected with
 * their type ("Acme" found as a company stays one where the tagger alone
 * would say person), and a person's surname or a company's short name is
 * linked by the refiners.
 */
export const taggedName: ArticleRule = {
  name: 'taggedName',
  find(_undecided, found, ctx, { rejected, places, claimed }) {
    const taken = new Uint8Array(ctx.text.length);
    const placeSpans = new Uint8Array(ctx.text.length);
    for (const c of found) taken.fill(1, c.mention.start, c.mention.end);
    for (const run of [...rejected, ...claimed]) taken.fill(1, run.start, run.end);
    for (const run of places) placeSpans.fill(1, run.start, run.end);
    const known = new Set<string>();
    for (const c of found) for (const s of [c.name, c.mention.text, ...c.aliases]) for (const w of s.split(/\s+/)) known.add(w);
    for (const c of found) known.add(c.name).add(c.mention.text);
    for (const run of rejected) known.add(run.text);
    const out: Candidate[] = [];
    for (const name of ctx.names) {
      if (name.type !== 'PER' && name.type !== 'ORG') continue;
      if (taken.subarray(name.start, name.end).includes(1) || known.has(name.text) || !looksLikeName(name, ctx)) continue;
      // A foreign name in a results line or after "Country's" that the tagger took for a body is a person.
      const type = name.type === 'ORG' && readsAsPerson(name, ctx) ? 'PER' : name.type;
      if (type === 'PER' && placeSpans.subarray(name.start, name.end).includes(1)) continue;
      // A tournament or a market index is no body, and a town where something happens is no club: only the tagger's organizations need the check.
      // A statistic after its source ("the Harlow PMI") is a figure.
      if (type === 'ORG' && (isEventName(name.tokens) || eventWordsFollow(name, ctx) || isCompetitionUse(name, ctx) || readsAsPlace(name, ctx) || namesAnIndex(ctx.text, name.end)
        || (name.tokens.length > 1 && isStatisticAcronym(name.tokens[name.tokens.length - 1]!)))) continue;
      out.push(candidate('taggedName', type === 'PER' ? 'person' : 'organization', name.text, name));
    }
    return out;
  },
};

/**
 * The tagger learned wire copy, where a capital at a sentence start and a
 * title-case headline are rare: a span of only common words ("But", "It",
 * "Less Money"), a calendar word, a lone initial or a span opening in lower
 * case is no name; a country stays the gazetteer's, a demonym or identity
 * word ("Muslims") an identity, an acronym only written before a noun a term.
 * Words in capitals inside a paragraph of normal case (a dateline, a shout)
 * say nothing; in a paragraph all in capitals (a wire headline, a results
 * table) they are how every word is written.
 */
function looksLikeName(name: TaggedName, ctx: RuleContext): boolean {
  const first = name.tokens[0]!;
  const last = name.tokens[name.tokens.length - 1]!;
  if (!isCapitalized(first) || !isCapitalized(last) || countryNamed(ctx, withoutArticle(name.text))) return false;
  if (!name.inCapitals && (name.tokens.every((t) => t.ignoreCapitals && isAllCaps(t.text)) || isShoutedPhrase(name))) return false;
  if (name.tokens.length === 1 && (isInitial(first) || CALENDAR_WORDS.has(first.lower) || /['’]/u.test(first.text)
    || ctx.modifierOnlyAcronyms.has(first.text) || ctx.termAcronyms.has(first.text))) return false;
  // A planet, a product ("Harrow jets"), a ship: what the article writes it with says it is a thing.
  if (name.tokens.length === 1 && (NON_ACTOR_NAMES.has(first.lower) || ctx.vesselNames.has(first.text)
    || (ctx.productUses.get(first.text) ?? 0) > (ctx.actingUses.get(first.text) ?? 0))) return false;
  // "@handle", "#Topic": web fragments, not prose.
  if (/[@#]/u.test(ctx.text.charAt(first.start - 1))) return false;
  if (name.tokens.every((t) => isIdentityToken(t, ctx))) return false;
  return !name.tokens.every((t) => isCommonName(t, ctx));
}

/** A word the article or the lexicon knows as an ordinary word. */
function isCommonName(t: Token, ctx: RuleContext): boolean {
  return isFunctionWord(t.lower) || isCommonWord(t.lower) || ctx.lowercaseWords.has(t.lower);
}
