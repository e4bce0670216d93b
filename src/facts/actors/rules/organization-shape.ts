import {
  CORPORATE_SUFFIXES, GOVERNMENT_NOUNS, ORG_CLASS_NOUNS_AFTER, ORG_CLASS_NOUNS_BEFORE, ORG_HEADS, ORG_LEAD_WORDS, PLACE_HEADS, STOP_BEFORE_ROLE,
  isCommonWord, isFunctionWord, isKnownFirstName, isKnownPlace,
} from '../lexicons.js';
import { isCapitalized, lower, lowerText, onlySpaces, type Run } from '../tokens.js';
import type { RuleContext } from './context.js';
import { isCompetitionUse } from './competition-use.js';
import { appositiveAfter, isPersonByCues } from './cues.js';
import { countryNamed } from './gazetteer.js';
import { isDemonymOrIdentity, isNameToken, isTitleWord, lowerWordAfter, tokenAfter, tokenBefore, withGovernmentNoun, withoutArticle } from './helpers.js';
import { candidate, type CandidateRule } from './rule.js';
import { isTerritoryName } from './territory-name.js';
import { isVisitedFacility } from './visited-facility.js';

// Head nouns that alone, capitalized mid-sentence, name one institution ("the Legislature").
const SINGLE_WORD_INSTITUTIONS = new Set([
  'congress', 'senate', 'parliament', 'legislature', 'cabinet', 'knesset', 'duma', 'bundestag', 'assembly', 'judiciary',
]);

/**
 * Organizations by shape: a head noun at the end ("Defense Ministry",
 * "Harlan Brothers Co."), a head with an "of" complement ("Ministry of
 * Defense"), a capitalized "The" mid-sentence ("The Hill"), a class noun or
 * government noun right after ("the X broadcaster", "the Obama administration").
 */
export const organizationShape: CandidateRule = {
  name: 'organizationShape',
  guessesOrganizations: true,
  claim(run, ctx) {
    const toks = run.tokens;
    const last = lower(toks[toks.length - 1]!);
    const name = run.text;
    if (toks.length === 1 ? SINGLE_WORD_INSTITUTIONS.has(last) : ORG_HEADS.has(last) || CORPORATE_SUFFIXES.has(last)) {
      if (toks.length > 1 && PLACE_HEADS.has(last)) return null;
      // A territory, or a hospital someone is taken to, is a place, and places that do not act are not actors.
      // So is a league named as the competition its teams play in.
      if (isTerritoryName(toks) || isVisitedFacility(run, ctx) || isCompetitionUse(run, ctx)) return [];
      return [candidate('organizationHead', 'organization', name, run)];
    }
    if (toks.length > 2 && ORG_LEAD_WORDS.has(lower(toks[0]!)) && toks.some((t) => t.text === 'of' || t.text === 'for')) {
      return [candidate('organizationLead', 'organization', name, run)];
    }
    // "U.S. Attorney's Office for the Western District of X": a head with a complement, anywhere in the run.
    if (toks.some((t, i) => i > 0 && ORG_HEADS.has(lower(t)) && /^(?:of|for|on)$/.test(toks[i + 1]?.text ?? ''))) {
      return [candidate('organizationComplement', 'organization', name, run)];
    }
    // The weaker cues below are not enough against a given name ("Taylor Swift, the label's star,").
    const personLike = toks.length <= 3 && isKnownFirstName(lowerText(toks[0]!)) && toks.every((t) => isNameToken(t, ctx));
    if (personLike) return null;
    if (classNounBefore(run, ctx) && !isKnownPlace(withoutArticle(name)) && !isDemonymOrIdentity(run, ctx) && !countryNamed(ctx, withoutArticle(name))) {
      return [candidate('organizationClassNounBefore', 'organization', withoutArticle(name), run)];
    }
    if (appositiveAfter(run, ctx)?.kind === 'organization') {
      return [candidate('organizationAppositive', 'organization', name, run)];
    }
    if (toks[0]!.text === 'The' && !toks[0]!.sentenceStart && toks.length > 1) {
      return [candidate('organizationTitleCase', 'organization', name, run)];
    }
    const next = lowerWordAfter(run, ctx);
    if (next === null || isDemonymOrIdentity(run, ctx) || countryNamed(ctx, withoutArticle(name))) return null;
    if (GOVERNMENT_NOUNS.has(next)) {
      const span = withGovernmentNoun(run, ctx);
      return [candidate('governmentOf', 'organization', span.text, span)];
    }
    if (classNounFollows(run, ctx) && !isKnownPlace(withoutArticle(name)) && !isPersonByCues(run, ctx)) {
      return [candidate('organizationClassNoun', 'organization', withoutArticle(name), run)];
    }
    return null;
  },
};

/** "manufacturer Saab", "state news agency Antara": a lower-case class noun right before. */
function classNounBefore(run: Run, ctx: RuleContext): boolean {
  const prev = tokenBefore(run, ctx);
  if (!prev || prev.capitalized || !ORG_CLASS_NOUNS_BEFORE.has(prev.text)) return false;
  // "a group of", "the party in": the noun must not head a phrase of its own.
  const toks = run.tokens;
  if (toks.some((t) => isTitleWord(t)) || !toks.every((t) => t.capitalized)) return false;
  // A person can follow such a noun too ("studio head" aside): a given name says so; a common word alone is no name.
  return toks.length === 1 ? !isCommonWord(lowerText(toks[0]!)) : !isKnownFirstName(lowerText(toks[0]!));
}

/** "the X broadcaster", "the X news agency": a class noun right after, or after one lower-case modifier. */
function classNounFollows(run: Run, ctx: RuleContext): boolean {
  const next = tokenAfter(run, ctx);
  if (!next || isCapitalized(next)) return false;
  if (ORG_CLASS_NOUNS_AFTER.has(next.text)) return true;
  const after = ctx.tokens[next.index + 1];
  return !!after && onlySpaces(ctx.text, next.end, after.start) && !next.possessive
    && ORG_CLASS_NOUNS_AFTER.has(after.text) && !GOVERNMENT_NOUNS.has(after.text) && /^\p{Ll}+$/u.test(next.text)
    && !isFunctionWord(next.text) && !STOP_BEFORE_ROLE.has(next.text);
}
