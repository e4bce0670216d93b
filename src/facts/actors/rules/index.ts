/**
 * Candidate rules: each looks at one capitalized run in its context and
 * either claims it (returning zero or more candidates: [] means "this is
 * known not to be an actor"; UNDECIDED means "not by itself; let the list
 * refiner decide from its neighbours") or passes (null).
 *
 * The first rule that claims a run wins, so the order is part of the logic:
 * vessel names and titled persons come first because their cue is the
 * strongest (a prefix, a title); the gazetteer and the organization lexicon
 * before shape rules, so "United Nations" is never re-read by its words;
 * governments (capitals, demonyms) before organization shapes, because
 * "Moscow said" is a state; the negative rules (identity words, places)
 * before the person rule, which would otherwise take any two capitals; and
 * the weakest guesses (product models, one-word bodies) last.
 */
import { type Run, isAllCaps, isCapitalized } from '../tokens.js';
import { acronym } from './acronym.js';
import { withAppositiveAlias } from './appositive-alias.js';
import { capitalAsGovernment } from './capital-as-government.js';
import { type Candidate, type RuleContext, countryNamed } from './context.js';
import { countryGazetteer } from './country-gazetteer.js';
import { demonymGovernment } from './demonym-government.js';
import { famousSurname } from './famous-surname.js';
import { KNOWN_ORGANIZATION_INDEX, UNDECIDED, type CandidateRule } from './helpers.js';
import { identityOnly } from './identity-only.js';
import { knownOrganization } from './known-organization.js';
import { organizationsListedWithOrganizations } from './listed-organizations.js';
import { organizationShape } from './organization-shape.js';
import { personByCues } from './person-by-cues.js';
import { placeOnly } from './place-only.js';
import { productModel } from './product-model.js';
import { singleWordOrganization } from './single-word-organization.js';
import { titledPerson } from './titled-person.js';
import { trimPositionalCapitals } from './trim-positional-capitals.js';
import { trimTrailingTitles } from './trim-trailing-titles.js';
import { unnamedArmedGroups } from './unnamed-armed-groups.js';
import { vesselName } from './vessel-name.js';

/** Rules in order of precedence: the first that claims a run decides. */
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
  identityOnly,
  placeOnly,
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

/** "ST. JOSEPH", "LUCAS MOREIRA": several words in capitals are a dateline, byline or shout, not a name. */
function isShoutedPhrase(run: Run): boolean {
  return run.tokens.length > 1 && run.tokens.every((t) => isAllCaps(t.text) || !isCapitalized(t)) && run.tokens.some((t) => t.text.replace(/\./g, '').length > 3);
}

/** Runs every rule over every run (after trimming positional capitals), then the list refiner. */
export function findCandidates(runs: readonly Run[], ctx: RuleContext): Candidate[] {
  const out: Candidate[] = [];
  const undecided: Run[] = [];
  for (const raw of runs) {
    const trimmed = trimPositionalCapitals(raw, ctx);
    const run = trimmed && trimTrailingTitles(trimmed, ctx);
    if (!run || (isShoutedPhrase(run) && !countryNamed(ctx, run.text) && !KNOWN_ORGANIZATION_INDEX.has(run.text))) continue;
    for (const rule of ctx.english ? CANDIDATE_RULES : FOREIGN_TEXT_RULES) {
      const answer = rule(run, ctx);
      if (answer === null) continue;
      if (answer === UNDECIDED) undecided.push(run);
      else out.push(...answer);
      break;
    }
  }
  const all = [...out, ...organizationsListedWithOrganizations(undecided, out, ctx), ...(ctx.english ? unnamedArmedGroups(ctx) : [])];
  return all.map((c) => (c.type === 'organization' ? withAppositiveAlias(c, ctx) : c));
}

export { acronymDefinitions, initialsMatch, termAcronyms } from './acronym-definitions.js';
export { createRuleContext, type Candidate, type RuleContext } from './context.js';
export { UNDECIDED, withoutArticle, type CandidateRule, type RuleAnswer } from './helpers.js';
export { trimPositionalCapitals } from './trim-positional-capitals.js';
export { trimTrailingTitles } from './trim-trailing-titles.js';
export {
  acronym, capitalAsGovernment, countryGazetteer, demonymGovernment, famousSurname, identityOnly, knownOrganization, organizationShape,
  personByCues, placeOnly, productModel, singleWordOrganization, titledPerson, vesselName,
};
