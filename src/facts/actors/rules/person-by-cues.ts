import { personCues } from './cues.js';
import { isNameToken } from './helpers.js';
import { candidate, type CandidateRule } from './rule.js';

/**
 * People without a title: a role noun before ("chairman X Y"), an
 * appositive role after ("X Y, a teacher at..."), a speech verb next to a
 * two-word name ("X Y said", "said X Y"), a known given name, a middle
 * initial or "Jr.", or a party-state tag ("(D-Minn.)").
 */
export const personByCues: CandidateRule = {
  name: 'personByCues',
  claim(run, ctx) {
    if (!run.tokens.every((t) => isNameToken(t, ctx)) || run.tokens.length > 5) return null;
    const cues = personCues(run, ctx);
    if (!cues) return null;
    return [candidate('personByCues', 'person', run.text, run, { roles: cues.roles, affiliation: cues.affiliation })];
  },
};
