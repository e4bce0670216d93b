import { GOVERNMENT_NOUNS, GROUP_NOUNS } from '../lexicons.js';
import { demonymCountry } from './gazetteer.js';
import { lowerWordAfter, tokenAfter, withGovernmentNoun } from './helpers.js';
import { lowercaseMinistry } from './lowercase-ministry.js';
import { candidate, countryCandidate, type CandidateRule } from './rule.js';

/** "American government", "Sudanese authorities": a demonym before a government noun is the country. */
export const demonymGovernment: CandidateRule = {
  name: 'demonymGovernment',
  claim(run, ctx) {
    if (run.tokens.length !== 1) return null;
    const country = demonymCountry(ctx, run.text);
    const ministry = country ? lowercaseMinistry(run, ctx, country) : null;
    if (ministry) return [ministry];
    // "French forces", "Kenyan troops": an unnamed acting collective, a group.
    const collective = tokenAfter(run, ctx);
    if (country && collective && GROUP_NOUNS.has(collective.text) && !collective.possessive) {
      const span = { start: run.start, end: collective.end, text: ctx.text.slice(run.start, collective.end) };
      return [candidate('demonymGroup', 'group', span.text, span, { affiliation: country.name })];
    }
    const next = lowerWordAfter(run, ctx);
    if (!country || !next || !GOVERNMENT_NOUNS.has(next)) return null;
    return [countryCandidate('demonymGovernment', country, withGovernmentNoun(run, ctx))];
  },
};
