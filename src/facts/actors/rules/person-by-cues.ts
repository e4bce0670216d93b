/** personByCues: a name with a person's cues (a known given name, an appositive role, a speech verb, an age) is a person. */
import { NAME_SUFFIXES, SPEECH_VERBS, isCommonWord, isKnownFirstName, isKnownOrganization, isKnownPlace } from '../lexicons.js';
import { type Run, isAllCaps, lower, lowerText } from '../tokens.js';
import { appositiveAfter, appositiveBefore, mayFollow } from './appositives.js';
import type { RuleContext } from './context.js';
import { type CandidateRule, candidate, isInitial, isNameToken, lowerWordAfter, lowerWordBefore, precedingRoleWords } from './helpers.js';

/**
 * People without a title: a role noun before ("chairman X Y"), an
 * appositive role after ("X Y, a teacher at..."), a speech verb next to a
 * two-word name ("X Y said", "said X Y"), a known given name, a middle
 * initial or "Jr.", or a party-state tag ("(D-Minn.)").
 */
export const personByCues: CandidateRule = (run, ctx) => {
  if (!run.tokens.every((t) => isNameToken(t, ctx)) || run.tokens.length > 5) return null;
  const cues = personCues(run, ctx);
  if (!cues) return null;
  return [candidate('personByCues', 'person', run.text, run, { roles: cues.roles, affiliation: cues.affiliation })];
};

export function isPersonByCues(run: Run, ctx: RuleContext): boolean {
  return run.tokens.every((t) => isNameToken(t, ctx)) && personCues(run, ctx) !== null;
}

interface PersonCues {
  roles: string[];
  affiliation: string | null;
}

function personCues(run: Run, ctx: RuleContext): PersonCues | null {
  const roles = precedingRoleWords(run, ctx);
  const appositive = appositiveAfter(run, ctx);
  if (appositive?.kind === 'organization' && !isKnownFirstName(lowerText(run.tokens[0]!))) return null;
  const partyTag = mayFollow(ctx.text, run.end, run.end + 20, 40 /* ( */) ? /^\s*\(([DRI])-[\p{L}. ]+\)/u.exec(ctx.text.slice(run.end, run.end + 20)) : null;
  const affiliation = partyTag ? ({ D: 'Democratic Party', R: 'Republican Party', I: null }[partyTag[1]!] ?? null) : appositive?.affiliation ?? null;
  if (appositive?.kind === 'person') roles.push(appositive.role);
  const before = appositiveBefore(run, ctx);
  if (before) roles.push(before);
  const multi = run.tokens.length >= 2;
  const next = lowerWordAfter(run, ctx);
  const prev = lowerWordBefore(run, ctx);
  const speech = (next !== null && SPEECH_VERBS.has(next)) || (prev !== null && SPEECH_VERBS.has(prev));
  const firstName = isKnownFirstName(lowerText(run.tokens[0]!));
  // "Jr." says person; a numeral ("Cobra II") only after a given name ("Elizabeth II").
  const initialOrSuffix = run.tokens.some((t) => isInitial(t) || lower(t) === 'jr' || lower(t) === 'sr' || (firstName && NAME_SUFFIXES.has(lower(t))));
  // "Scooter Braun ... Braun said": the last word of a two- or three-word name standing alone elsewhere is a surname.
  // Not when the first word stands alone too ("Google ... Google Stadia"): that is a brand and its product.
  const lastWord = run.tokens[run.tokens.length - 1]!;
  const first = run.tokens[0]!;
  const surnameRecurs = ctx.english && multi && run.tokens.length <= 3 && ctx.standaloneWords.has(lastWord.text)
    && !ctx.standaloneWords.has(first.text) && !isKnownOrganization(lowerText(first)) && !isKnownPlace(lowerText(lastWord))
    && (!isCommonWord(lowerText(first)) || firstName) && !isKnownPlace(run.tokens.slice(0, -1).map((t) => t.text).join(' '))
    && run.tokens.slice(1).every((t) => !isCommonWord(lowerText(t)) && !ctx.lowercaseWords.has(t.lowered) && !isAllCaps(t.text));
  // One word alone ("Solvik", "Tradewind") is too often a company or party for a role cue to decide.
  if (partyTag || (multi && (roles.length > 0 || speech || firstName || initialOrSuffix || surnameRecurs))) return { roles, affiliation };
  return null;
}
