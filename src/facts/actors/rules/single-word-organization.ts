/** singleWordOrganization: one capitalized word that acts like a body; undecided words are left to the list refiner. */
import { NON_ACTOR_NAMES, ORG_HEADS, SUBJECT_VERBS, isCommonWord, isKnownFirstName } from '../lexicons.js';
import { lower, lowerText } from '../tokens.js';
import { UNDECIDED, candidate, lowerWordAfter, type CandidateRule } from './helpers.js';

/**
 * A single unknown capitalized word that is not a common word, place,
 * demonym or person cue is most often a company or body named in passing
 * ("Streamly", "Kosmotek"). Multi-word runs without any cue are dropped:
 * they are mostly titles of works, events and places. Such a run is claimed
 * as UNDECIDED: the list refiner may still type it from its neighbours.
 */
export const singleWordOrganization: CandidateRule = (run, ctx) => {
  if (run.tokens.length !== 1) return UNDECIDED;
  const t = run.tokens[0]!;
  const w = lowerText(t);
  if (t.sentenceStart || isCommonWord(w) || ctx.lowercaseWords.has(w) || isKnownFirstName(w) || t.text.length < 3) return UNDECIDED;
  if (/^\p{Lu}\p{Ll}+(?:ly|ing|ed|ite|ites)$/u.test(t.text) || ORG_HEADS.has(lower(t)) || NON_ACTOR_NAMES.has(lower(t))) return UNDECIDED;
  // "Gripen jets", "the Zorbix app": a word seen more often naming a product than acting.
  if ((ctx.productUses.get(t.text) ?? 0) > (ctx.actingUses.get(t.text) ?? 0) || ctx.vesselNames.has(t.text)) return UNDECIDED;
  // Evidence that the word names a body rather than a thing, place or work: an inner capital
  // ("DeskHub"), acting as a subject ("X said", "X's"), or several mentions.
  const camelCase = /^\p{Lu}[\p{Ll}\p{N}]+\p{Lu}/u.test(t.text);
  const next = lowerWordAfter(run, ctx);
  const acting = t.possessive || (next !== null && SUBJECT_VERBS.has(next));
  const repeated = (ctx.midSentenceCounts.get(t.text) ?? 0) >= 2;
  if (!camelCase && !acting && !repeated) return UNDECIDED;
  return [candidate('singleWordOrganization', 'organization', t.text, run)];
};
