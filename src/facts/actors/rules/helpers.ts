/** Small readings of a run's surroundings that several rules share: the words next to it, titles, name words, government nouns. */
import type { ActorType } from '../../../schema.js';
import type { Country } from '../../text/countries.js';
import { CORPORATE_SUFFIXES, GOVERNMENT_NOUNS, IDENTITY_WORDS, KNOWN_ORGANIZATIONS, type KnownOrganization, NAME_PARTICLES, NAME_SUFFIXES, ORG_HEADS, PERSON_TITLES, PORTFOLIO_WORDS, ROLE_NOUNS, WEAK_TITLES, lowerCased } from '../lexicons.js';
import { type Run, type Token, isAllCaps, isCapitalized, lower, lowerText, onlySpaces } from '../tokens.js';
import { type Candidate, type RuleContext, countryNamed, demonymCountry, isPlainGap } from './context.js';

/**
 * A rule's answer for a run: candidates (the run is claimed; [] means known
 * not to be an actor), null (the rule does not apply; the next one tries), or
 * UNDECIDED (claimed, but no type yet: a refiner that reads the run's
 * neighbours, such as a list of organizations, may still type it).
 */
export const UNDECIDED = 'undecided' as const;
export type RuleAnswer = Candidate[] | null | typeof UNDECIDED;
export type CandidateRule = (run: Run, ctx: RuleContext) => RuleAnswer;

/** The candidates of an answer, for a rule that asks another rule about part of its run (UNDECIDED counts as none). */
export function candidatesOf(answer: RuleAnswer): Candidate[] | null {
  return answer === UNDECIDED ? null : answer;
}

export function candidate(rule: string, type: ActorType, name: string, run: Pick<Run, 'start' | 'end' | 'text'>, extra: Partial<Candidate> = {}): Candidate {
  return {
    rule,
    type,
    name,
    mention: { text: run.text, start: run.start, end: run.end },
    roles: [],
    affiliation: null,
    aliases: [],
    ...extra,
  };
}


export function tokenAfter(run: Run, ctx: RuleContext): Token | null {
  const next = ctx.tokens[run.tokens[run.tokens.length - 1]!.index + 1];
  if (!next) return null;
  const lastToken = run.tokens[run.tokens.length - 1]!;
  return onlySpaces(ctx.text, lastToken.end + (lastToken.possessive ? 2 : 0), next.start) ? next : null;
}

export function tokenBefore(run: Run, ctx: RuleContext): Token | null {
  const prev = ctx.tokens[run.tokens[0]!.index - 1];
  if (!prev) return null;
  return onlySpaces(ctx.text, prev.end, run.start) && !prev.possessive ? prev : null;
}

export function lowerWordAfter(run: Run, ctx: RuleContext): string | null {
  const next = tokenAfter(run, ctx);
  return next && !isCapitalized(next) ? lowerText(next) : null;
}

/** The word right before a run (only spaces between), lower-cased, or null. */
export function lowerWordBefore(run: Run, ctx: RuleContext): string | null {
  const prev = tokenBefore(run, ctx);
  return prev ? lowerText(prev) : null;
}

/** The run's text without a leading "The"/"the" ("The Hill" -> "Hill"). */
export function withoutArticle(value: string): string {
  // Only a value starting with t/T can hold the article; the others skip the regex.
  return (value.charCodeAt(0) | 32) === 116 ? value.replace(/^the\s+/i, '') : value;
}

/** Every hyphen-separated part of the word (without a final period) is an identity word or demonym. */
function isIdentityToken(t: Token, ctx: RuleContext): boolean {
  const word = t.text.endsWith('.') ? t.text.slice(0, -1) : t.text;
  // One part: its lower case is the token's lowered form, already computed.
  if (word.indexOf('-') < 0) return IDENTITY_WORDS.has(t.lowered) || demonymCountry(ctx, word) !== null;
  return word.split('-').every((part) => IDENTITY_WORDS.has(lowerCased(part)) || demonymCountry(ctx, part) !== null);
}

export function isDemonymOrIdentity(run: Run, ctx: RuleContext): boolean {
  return run.tokens.every((t) => isIdentityToken(t, ctx))
    || (run.tokens.length > 1 && (IDENTITY_WORDS.has(lower(run.tokens[0]!)) || demonymCountry(ctx, run.tokens[0]!.text) !== null)
      && !ORG_HEADS.has(lower(run.tokens[run.tokens.length - 1]!)));
}

export function isTitleWord(t: Token): boolean {
  const w = lower(t);
  return PERSON_TITLES.has(w) || WEAK_TITLES.has(w);
}

export function isInitial(t: Token): boolean {
  return /^\p{Lu}\.$/u.test(t.text);
}

/** A word that can be part of a personal name: capitalized, an initial, a particle or a suffix. */
export function isNameToken(t: Token, ctx: RuleContext): boolean {
  const w = lower(t);
  if (NAME_PARTICLES.has(t.text)) return true;
  if (!isCapitalized(t) || ORG_HEADS.has(w) || isTitleWord(t) || CORPORATE_SUFFIXES.has(w)) return false;
  if (isAllCaps(t.text) && !NAME_SUFFIXES.has(w) && t.text.length > 1 && !isInitial(t)) return false;
  return !countryNamed(ctx, t.text) && !demonymCountry(ctx, t.text);
}


export const STOP_BEFORE_ROLE = new Set([
  'the', 'a', 'an', 'by', 'to', 'of', 'in', 'on', 'at', 'with', 'for', 'from', 'and', 'said', 'says', 'as', 'that',
  'his', 'her', 'their', 'its', 'he', 'she', 'they', 'himself', 'herself', 'themselves', 'who', 'which', 'is', 'was',
]);

/** Lower-case role words right before a run: "chairman", "CEO and co-founder", "press secretary". */
export function precedingRoleWords(run: Run, ctx: RuleContext): string[] {
  let i = run.tokens[0]!.index - 1;
  let first = -1;
  while (i >= 0) {
    const t = ctx.tokens[i]!;
    const next = ctx.tokens[i + 1]!;
    if (!onlySpaces(ctx.text, t.end, next.start) || t.possessive) break;
    const w = lowerText(t);
    if (first < 0 && !ROLE_NOUNS.has(w)) break;
    if (ROLE_NOUNS.has(w) || (w === 'and' && first >= 0) || (first >= 0 && /^\p{Ll}+$/u.test(w) && !STOP_BEFORE_ROLE.has(w) && first - i < 3)) {
      if (w !== 'and') first = i;
      i--;
      continue;
    }
    break;
  }
  if (first < 0) return [];
  return [ctx.text.slice(ctx.tokens[first]!.start, run.start).trim()];
}

export function countryCandidate(rule: string, country: Country, span: Pick<Run, 'start' | 'end' | 'text'>): Candidate {
  return candidate(rule, 'country', country.name, span);
}

/** Extends a span over a following "government"/"administration" ("the Sudanese government"). */
export function withGovernmentNoun(run: Run, ctx: RuleContext): Pick<Run, 'start' | 'end' | 'text'> {
  const next = tokenAfter(run, ctx);
  if (!next || !GOVERNMENT_NOUNS.has(next.text)) return run;
  return { start: run.start, end: next.end, text: ctx.text.slice(run.start, next.end) };
}

/**
 * "China’s foreign ministry", "the Somali defence ministry": a ministry
 * written in lower case after its country. Named as news names it in capitals
 * ("Chinese Foreign Ministry"); the lower-case words are its mention.
 */
export function lowercaseMinistry(run: Run, ctx: RuleContext, country: Country): Candidate | null {
  const last = run.tokens[run.tokens.length - 1]!;
  const portfolio = ctx.tokens[last.index + 1];
  const head = ctx.tokens[last.index + 2];
  if (!portfolio || !head || head.text !== 'ministry' || !PORTFOLIO_WORDS.has(portfolio.text) || !isPlainGap(ctx.text, portfolio, head)) return null;
  const gap = ctx.text.slice(last.end, portfolio.start);
  if (!(last.possessive ? /^['’]s $/u : /^ $/u).test(gap)) return null;
  const adjective = country.demonyms[0] ?? country.name;
  const name = `${adjective} ${portfolio.text[0]!.toUpperCase()}${portfolio.text.slice(1)} Ministry`;
  const span = { start: portfolio.start, end: head.end, text: ctx.text.slice(portfolio.start, head.end) };
  return candidate('lowercaseMinistry', 'organization', name, span, { aliases: [span.text] });
}

export const KNOWN_ORGANIZATION_INDEX: ReadonlyMap<string, KnownOrganization> = new Map(
  KNOWN_ORGANIZATIONS.flatMap((org) => [org.name, ...org.aliases].map((n) => [n, org] as const)),
);
