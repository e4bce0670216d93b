import { FAMOUS_SURNAMES } from '../lexicons.js';
import { candidate, type CandidateRule } from './rule.js';

/**
 * "supporters of Trump": the few world leaders news names by surname alone.
 * The candidate carries the full name, so that it matches the person named
 * in full elsewhere.
 */
export const famousSurname: CandidateRule = {
  name: 'famousSurname',
  claim(run) {
    if (run.tokens.length !== 1) return null;
    const full = FAMOUS_SURNAME_INDEX.get(run.tokens[0]!.text);
    return full ? [candidate('famousSurname', 'person', full, run)] : null;
  },
};

// A Map, not the record: looking up an arbitrary word as a property name internalizes the string first.
// (A run's first word is capitalized, so no Object.prototype name could have matched the record.)
const FAMOUS_SURNAME_INDEX: ReadonlyMap<string, string> = new Map(Object.entries(FAMOUS_SURNAMES));
