/** countryGazetteer: a run the gazetteer knows as a country is that state acting. */
import { countryNamed } from './context.js';
import { type CandidateRule, countryCandidate, lowercaseMinistry, withGovernmentNoun, withoutArticle } from './helpers.js';

/** "Kenya", "the United States", "U.S.": a country by name or alias. */
export const countryGazetteer: CandidateRule = (run, ctx) => {
  const country = countryNamed(ctx, withoutArticle(run.text));
  if (!country) return null;
  const ministry = lowercaseMinistry(run, ctx, country);
  return [countryCandidate('countryGazetteer', country, withGovernmentNoun(run, ctx)), ...(ministry ? [ministry] : [])];
};
