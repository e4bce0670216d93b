/** knownOrganization: a run the organization lexicon knows. */
import { isCommonWord, isKnownOrganization } from '../lexicons.js';
import { type CandidateRule, KNOWN_ORGANIZATION_INDEX, candidate, withoutArticle } from './helpers.js';

/** International bodies and armed groups named without a head noun ("Islamic State", "Hamas", "GOP"). */
export const knownOrganization: CandidateRule = (run, ctx) => {
  const text = withoutArticle(run.text);
  const known = KNOWN_ORGANIZATION_INDEX.get(text);
  // "Armed Forces of the Philippines (AFP)": the article's own definition beats the lexicon's.
  const redefined = ctx.definitions.get(text);
  if (known && redefined && !KNOWN_ORGANIZATION_INDEX.has(redefined)) return null;
  if (known) return [candidate('knownOrganization', 'organization', known.name, run, { aliases: [...known.aliases] })];
  if (isKnownOrganization(text) && !isCommonWord(text)) return [candidate('knownOrganization', 'organization', text, run)];
  return null;
};
