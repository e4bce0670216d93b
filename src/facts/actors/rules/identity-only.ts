import { isDemonymOrIdentity } from './helpers.js';
import type { CandidateRule } from './rule.js';

/** Demonyms, religions and regions alone ("Russian", "Muslims", "Western") are not actors. */
export const identityOnly: CandidateRule = { name: 'identityOnly', claim: (run, ctx) => (isDemonymOrIdentity(run, ctx) ? [] : null) };
