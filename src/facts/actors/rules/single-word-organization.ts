import { NON_ACTOR_NAMES, ORG_HEADS, SUBJECT_VERBS, isCommonWord, isKnownFirstName } from '../lexicons.js';
import { lower, lowerText } from '../tokens.js';
import { lowerWordAfter } from './helpers.js';
import { candidate, type CandidateRule } from './rule.js';
import { hasSurnamePrefix } from './surname-prefix.js';

/**
 * A single unknown capitalized word that is not a common word, place,
 * demonym or person cue is most often a company or body named in passing
 * ("Streamly", "Kosmotek"). Multi-word runs without any cue are dropped:
 * they are mostly titles of works, events and places.
 *
 * A last resort: what it rejects stays undecided, for the listed-organization
 * article rule.
 */
export const singleWordOrganization: CandidateRule = {
  name: 'singleWordOrganization',
  guessesOrganizations: true,
  lastResort: true,
  claim(run, ctx) {
    if (run.tokens.length !== 1) return [];
    const t = run.tokens[0]!;
    const w = lowerText(t);
    if (t.sentenceStart || isCommonWord(w) || ctx.lowercaseWords.has(w) || isKnownFirstName(w) || t.text.length < 3) return [];
    if (/^\p{Lu}\p{Ll}+(?:ly|ing|ed|ite|ites)$/u.test(t.text) || ORG_HEADS.has(lower(t)) || NON_ACTOR_NAMES.has(lower(t))) return [];
    // "Gripen jets", "the Zorbix app": a word seen more often naming a product than acting.
    if ((ctx.productUses.get(t.text) ?? 0) > (ctx.actingUses.get(t.text) ?? 0) || ctx.vesselNames.has(t.text)) return [];
    // Evidence that the word names a body rather than a thing, place or work: an inner capital
    // ("DeskHub"), acting as a subject ("X said", "X's"), or several mentions.
    const camelCase = /^\p{Lu}[\p{Ll}\p{N}]+\p{Lu}/u.test(t.text) && !hasSurnamePrefix(t.text);
    const next = lowerWordAfter(run, ctx);
    const acting = t.possessive || (next !== null && SUBJECT_VERBS.has(next));
    const repeated = (ctx.midSentenceCounts.get(t.text) ?? 0) >= 2;
    if (!camelCase && !acting && !repeated) return [];
    return [candidate('singleWordOrganization', 'organization', t.text, run)];
  },
};
