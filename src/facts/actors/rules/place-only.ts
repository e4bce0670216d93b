import { LOCATIVE_PREPOSITIONS, PLACE_HEADS, PLACE_NOUNS_AFTER, isKnownPlace } from '../lexicons.js';
import { lower, lowerText } from '../tokens.js';
import { isPersonByCues } from './cues.js';
import { lowerWordAfter, lowerWordBefore, withoutArticle } from './helpers.js';
import { followsPlaceNounOf } from './place-noun-of.js';
import type { CandidateRule } from './rule.js';

/** Places that are only places: known cities and regions, "X Ocean", "the X region", "in X", "the town of X". */
export const placeOnly: CandidateRule = {
  name: 'placeOnly',
  placeName: true,
  claim(run, ctx) {
    const text = withoutArticle(run.text);
    const last = lower(run.tokens[run.tokens.length - 1]!);
    const next = lowerWordAfter(run, ctx);
    if (isKnownPlace(text) || PLACE_HEADS.has(last) || (next !== null && PLACE_NOUNS_AFTER.has(next))) return [];
    if (run.tokens.length === 1 && isKnownPlace(lowerText(run.tokens[0]!))) return [];
    const prev = lowerWordBefore(run, ctx) ?? undefined;
    if (prev && LOCATIVE_PREPOSITIONS.has(prev) && prev !== 'of' && !isPersonByCues(run, ctx)) return [];
    // "the town of X", "20 km north of X".
    if (prev === 'of' && followsPlaceNounOf(run.tokens[0]!, ctx)) return [];
    return null;
  },
};
