/**
 * Actors: people, organizations, countries acting as states, groups.
 *
 * Pipeline: tokens -> capitalized runs and the name tagger's spans
 * (tagger/) -> candidate rules (rules/index.ts, first claiming rule wins;
 * tagged names fill what no rule found) -> refiners (refine.ts: people by surname, countries,
 * organizations by name/acronym/short name) -> every mention of every
 * surface form -> ids in order of first mention.
 */
import type { Actor } from '../../schema.js';
import type { TextDocument } from '../text/document.js';
import { looksOtherLanguage } from '../text/language.js';
import { createRuleContext } from './rules/context.js';
import { findCandidates } from './rules/index.js';
import { assignIds, collectMentions, foldCountries, mergeCoreferentPeople, mergeOrganizations } from './refine.js';
import { tagNames } from './tagger/index.js';
import { capitalizedRuns, tokenize } from './tokens.js';

export function extractActors(doc: TextDocument): Actor[] {
  const tokens = tokenize(doc);
  // The tagger learned English news (results tables included, which show too few function words to
  // look English): a text in another language keeps the rules alone.
  const tagged = doc.english || !looksOtherLanguage(doc.text);
  const ctx = createRuleContext(doc.text, tokens, doc.english, tagged ? tagNames(doc, tokens) : []);
  const candidates = findCandidates(capitalizedRuns(doc.text, tokens), ctx);
  const { people, rest: afterPeople } = mergeCoreferentPeople(candidates);
  const { countries, rest: organizations } = foldCountries(afterPeople);
  const drafts = [...people, ...countries, ...mergeOrganizations(organizations, ctx.definitions)];
  return assignIds(drafts, collectMentions(doc.text, drafts, tokens));
}
