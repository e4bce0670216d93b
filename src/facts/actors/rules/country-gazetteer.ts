import { countryNamed } from './gazetteer.js';
import { withGovernmentNoun, withoutArticle } from './helpers.js';
import { lowercaseMinistry } from './lowercase-ministry.js';
import { countryCandidate, type CandidateRule } from './rule.js';

/** "Kenya", "the United States", "U.S.": a country by name or alias. */
export const countryGazetteer: CandidateRule = {
  name: 'countryGazetteer',
  claim(run, ctx) {
    const country = countryNamed(ctx, withoutArticle(run.text));
    if (!country) return null;
    const ministry = lowercaseMinistry(run, ctx, country);
    return [countryCandidate('countryGazetteer', country, withGovernmentNoun(run, ctx)), ...(ministry ? [ministry] : [])];
  },
};
