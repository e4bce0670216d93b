/**
 * Candidate rules, one per file: each looks at one capitalized run in its
 * context and either claims it (zero or more candidates: [] means "this is
 * known not to be an actor") or passes it on (null). The first rule that
 * claims a run wins, so the order below is part of the logic. Article rules
 * then read the whole text, and organizations take their appositive aliases.
 *
 *   run shape (run-shape.ts) → candidate rules (first claim wins) → article rules → aliases
 */
import { acronym } from './acronym.js';
import { withAppositiveAlias } from './appositive-alias.js';
import { capitalAsGovernment } from './capital-as-government.js';
import type { RuleContext } from './context.js';
import { countryGazetteer } from './country-gazetteer.js';
import { demonymGovernment } from './demonym-government.js';
import { demonymPerson } from './demonym-person.js';
import { famousSurname } from './famous-surname.js';
import { countryNamed } from './gazetteer.js';
import { identityOnly } from './identity-only.js';
import { KNOWN_ORGANIZATION_INDEX, knownOrganization } from './known-organization.js';
import { listedOrganization } from './listed-organization.js';
import { organizationShape } from './organization-shape.js';
import { personByCues } from './person-by-cues.js';
import { placeOnly } from './place-only.js';
import { followsPlaceNounOf } from './place-noun-of.js';
import { lowerWordAfter } from './helpers.js';
import { PLACE_NOUNS_AFTER } from '../lexicons.js';
import { productModel } from './product-model.js';
import { roleNounPerson } from './role-noun-person.js';
import type { ArticleRule, Candidate, CandidateRule } from './rule.js';
import { isShoutedPhrase, trimPositionalCapitals, trimTrailingTitles } from './run-shape.js';
import { singleWordOrganization } from './single-word-organization.js';
import { taggedName } from './tagged-name.js';
import { reconsider } from './tagger-reading.js';
import { titledPerson } from './titled-person.js';
import { unnamedArmedGroups } from './unnamed-armed-groups.js';
import { vesselName } from './vessel-name.js';
import type { Run } from '../tokens.js';

/**
 * Rules in order of precedence: the first that claims a run decides. Why
 * this order:
 * - vesselName first: a ship's name ("USS Ford") is equipment whatever its
 *   words look like (an acronym, a given name).
 * - titledPerson before every rule that reads the run as one name: a title
 *   splits it into an affiliation, a role and a person ("Latvian President X").
 * - countryGazetteer and knownOrganization, the gazetteer and the lexicon,
 *   before any rule that guesses from shape or cues.
 * - capitalAsGovernment and demonymGovernment before identityOnly and
 *   placeOnly: a capital or demonym is usually only a place or an identity,
 *   and those two rules drop it; these first keep the one acting as a
 *   government ("Ankara has rejected", "Sudanese authorities").
 * - organizationShape (head nouns, complements, class nouns) before acronym
 *   and the person and place rules: a body's head noun outweighs an
 *   all-capital word, a place word or a given name inside the run.
 * - famousSurname before the cue rules: a leader's surname alone has no cue,
 *   and singleWordOrganization would make an acting one an organization.
 * - demonymPerson before identityOnly: "Australian Rodney Vale" is a person
 *   introduced by nationality, not an identity phrase.
 * - identityOnly and placeOnly (they only reject) before personByCues and
 *   singleWordOrganization: a demonym or place next to "said" is no person
 *   and no body.
 * - roleNounPerson before personByCues and singleWordOrganization: a noun of play
 *   or office before even one word ("midfielder X") says person, where the cue rule
 *   wants two words and the last resort would take the word for a body.
 * - personByCues before productModel: "Elizabeth II" is a person (a given
 *   name and a numeral), not a model with a variant numeral.
 * - singleWordOrganization last: it claims every run that reaches it, and as
 *   a last resort its rejections stay undecided for listedOrganization.
 */
export const CANDIDATE_RULES: readonly CandidateRule[] = [
  vesselName,
  titledPerson,
  countryGazetteer,
  knownOrganization,
  capitalAsGovernment,
  demonymGovernment,
  organizationShape,
  famousSurname,
  acronym,
  demonymPerson,
  identityOnly,
  placeOnly,
  roleNounPerson,
  personByCues,
  productModel,
  singleWordOrganization,
];

/**
 * Outside English, capitals mark nouns (German) or every word of a title,
 * and the cue words are English: only names found in a gazetteer or lexicon,
 * and people with a title or a known given name, are trusted.
 */
export const FOREIGN_TEXT_RULES: readonly CandidateRule[] = [
  titledPerson,
  countryGazetteer,
  knownOrganization,
  identityOnly,
  placeOnly,
  personByCues,
];

/**
 * After the run rules, in this order (the order of their candidates; each
 * sees what the rules before it found): listedOrganization needs what the run
 * rules found, and runs a last-resort rule left undecided; unnamedArmedGroups
 * reads lower-case words; taggedName comes last because it only fills the
 * spans that no rule claimed.
 */
export const ARTICLE_RULES: readonly ArticleRule[] = [listedOrganization, unnamedArmedGroups, taggedName];

/**
 * Outside English no rule is a last resort (nothing is left undecided) and the armed-group words are
 * English; tagged names stay (the tagger only runs on text that is in no other language: tables).
 */
export const FOREIGN_TEXT_ARTICLE_RULES: readonly ArticleRule[] = [taggedName];

/** Runs every rule over every run (after trimming positional capitals), then the article rules. */
export function findCandidates(runs: readonly Run[], ctx: RuleContext): Candidate[] {
  const rules = ctx.english ? CANDIDATE_RULES : FOREIGN_TEXT_RULES;
  const out: Candidate[] = [];
  const undecided: Run[] = [];
  const rejected: Run[] = [];
  const places: Run[] = [];
  const claimedRuns: Run[] = [];
  const guesses = new Map<Candidate, Run>();
  for (const raw of runs) {
    const trimmed = trimPositionalCapitals(raw, ctx);
    const run = trimmed && trimTrailingTitles(trimmed, ctx);
    if (!run || (isShoutedPhrase(run) && !countryNamed(ctx, run.text) && !KNOWN_ORGANIZATION_INDEX.has(run.text))) continue;
    for (const rule of rules) {
      const claimed = rule.guessesOrganizations ? reconsider(rule.claim(run, ctx), ctx) : rule.claim(run, ctx);
      if (claimed) {
        if (rule === singleWordOrganization && claimed.length > 0) guesses.set(claimed[0]!, run);
        out.push(...claimed);
        if (claimed.length === 0) (rule.lastResort ? undecided : rule.placeName ? places : rejected).push(run);
        else claimedRuns.push(run);
        break;
      }
    }
  }
  const articleRules = ctx.english ? ARTICLE_RULES : FOREIGN_TEXT_ARTICLE_RULES;
  const all = withoutGuessesAtPlaces(out, guesses, places, rejected, ctx);
  for (const rule of articleRules) all.push(...rule.find(undecided, all, ctx, { rejected, places, claimed: claimedRuns }));
  return all.map((c) => (c.type === 'organization' ? withAppositiveAlias(c, ctx) : c));
}

/**
 * A lone word the last-resort rule guessed to be a body ("X said", "X" repeated) is no body where the
 * same article names it as a place elsewhere ("the town of X", "the X region"): the guess had no
 * evidence of its own beyond acting or repeating, which places do too. Its runs join the rejected ones,
 * so the tagger's reading of the same word does not come back in. Shape-based organizations and the
 * tagger's readings elsewhere (a club named after its town) are left alone.
 */
function withoutGuessesAtPlaces(candidates: readonly Candidate[], guesses: ReadonlyMap<Candidate, Run>, places: readonly Run[], rejected: Run[], ctx: RuleContext): Candidate[] {
  if (places.length === 0 || guesses.size === 0) return [...candidates];
  // Only a place noun says so ("the town of X", "the X area"); "in X" is also where a club or firm is.
  const placeWords = new Set(places.filter((r) => r.tokens.length === 1 && namedAsPlace(r, ctx)).map((r) => r.text));
  return candidates.filter((c) => {
    const run = guesses.get(c);
    if (!run || !placeWords.has(run.text)) return true;
    rejected.push(run);
    return false;
  });
}

function namedAsPlace(run: Run, ctx: RuleContext): boolean {
  const next = lowerWordAfter(run, ctx);
  return followsPlaceNounOf(run.tokens[0]!, ctx) || (next !== null && PLACE_NOUNS_AFTER.has(next));
}
