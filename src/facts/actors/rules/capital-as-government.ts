import { GOVERNMENT_NOUNS, PLACE_NOUNS_AFTER, SUBJECT_VERBS } from '../lexicons.js';
import { capitalCountry } from './gazetteer.js';
import { lowerWordAfter, lowerWordBefore, withGovernmentNoun } from './helpers.js';
import { countryCandidate, type CandidateRule } from './rule.js';

const ACTING_BEFORE_CAPITAL = new Set(['with', 'to', 'by', 'against', 'toward', 'towards', 'between', 'pressured', 'urged', 'and']);

/**
 * "Moscow has...", "ties with Moscow": a capital standing for its
 * government is a mention of the country; "in Moscow" is only a place.
 */
export const capitalAsGovernment: CandidateRule = {
  name: 'capitalAsGovernment',
  claim(run, ctx) {
    const country = capitalCountry(ctx, run.text);
    if (!country) return null;
    const next = lowerWordAfter(run, ctx);
    const prev = lowerWordBefore(run, ctx);
    const acting = (next !== null && (SUBJECT_VERBS.has(next) || GOVERNMENT_NOUNS.has(next)))
      || (prev !== null && ACTING_BEFORE_CAPITAL.has(prev) && !(next && PLACE_NOUNS_AFTER.has(next)));
    if (!acting) return [];
    return [countryCandidate('capitalAsGovernment', country, withGovernmentNoun(run, ctx))];
  },
};
