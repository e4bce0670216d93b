/** identityOnly: demonyms and identity words alone ("Russian", "Muslim") are no actor. */
import { type CandidateRule, isDemonymOrIdentity } from './helpers.js';

/** Demonyms, religions and regions alone ("Russian", "Muslims", "Western") are not actors. */
export const identityOnly: CandidateRule = (run, ctx) => (isDemonymOrIdentity(run, ctx) ? [] : null);
