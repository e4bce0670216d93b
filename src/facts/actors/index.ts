/**
 * Actors: people, organizations, countries acting as states, groups.
 *
 * Pipeline: tokens -> capitalized runs -> candidate rules (rules/index.ts, first
 * claiming rule wins) -> refiners (refine.ts: people by surname, countries,
 * organizations by name/acronym/short name) -> every mention of every
 * surface form -> ids in order of first mention.
 */
import type { Actor } from '../../schema.js';
import type { TextDocument } from '../text/document.js';
import { createRuleContext } from './rules/context.js';
import { findCandidates } from './rules/index.js';
import { assignIds, collectMentions, foldCountries, mergeCoreferentPeople, mergeOrganizations } from './refine.js';
import { capitalizedRuns, tokenize } from './tokens.js';

export function extractActors(doc: TextDocument): Actor[] {
  const tokens = tokenize(doc);
  const ctx = createRuleContext(doc.text, tokens, doc.english);
  const candidates = findCandidates(capitalizedRuns(doc.text, tokens), ctx);
  const { people, rest: afterPeople } = mergeCoreferentPeople(candidates);
  const { countries, rest: organizations } = foldCountries(afterPeople);
  const drafts = [...people, ...countries, ...mergeOrganizations(organizations, ctx.definitions)];
  return assignIds(drafts, collectMentions(doc.text, drafts, tokens));
}
