/** What the rules ask about a run's neighbours and words. */
import {
  CORPORATE_SUFFIXES, GOVERNMENT_NOUNS, IDENTITY_WORDS, NAME_PARTICLES, NAME_SUFFIXES, ORG_HEADS, PERSON_TITLES, WEAK_TITLES, lowerCased,
} from '../lexicons.js';
import { isAllCaps, isCapitalized, lower, lowerText, onlySpaces, type Run, type Token } from '../tokens.js';
import type { RuleContext } from './context.js';
import { countryNamed, demonymCountry } from './gazetteer.js';

/** One plain space between two tokens, the first not a possessive: "Gripen jets", not "Saab's jets". */
export function isPlainGap(text: string, a: Token, b: Token): boolean {
  return !a.possessive && b.start - a.end === 1 && text[a.end] === ' ';
}

/** The token right after a run (only spaces between, past a possessive 's), or null. */
export function tokenAfter(run: Run, ctx: RuleContext): Token | null {
  const next = ctx.tokens[run.tokens[run.tokens.length - 1]!.index + 1];
  if (!next) return null;
  const lastToken = run.tokens[run.tokens.length - 1]!;
  return onlySpaces(ctx.text, lastToken.end + (lastToken.possessive ? 2 : 0), next.start) ? next : null;
}

/** The token right before a run (only spaces between, not a possessive), or null. */
export function tokenBefore(run: Run, ctx: RuleContext): Token | null {
  const prev = ctx.tokens[run.tokens[0]!.index - 1];
  if (!prev) return null;
  return onlySpaces(ctx.text, prev.end, run.start) && !prev.possessive ? prev : null;
}

/** The word right after a run (only spaces between) when it is not capitalized, lower-cased, or null. */
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
export function isIdentityToken(t: Token, ctx: RuleContext): boolean {
  const word = t.text.endsWith('.') ? t.text.slice(0, -1) : t.text;
  // One part: its lower case is the token's lowered form, already computed.
  if (word.indexOf('-') < 0) return IDENTITY_WORDS.has(t.lower) || demonymCountry(ctx, word) !== null;
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

/** Extends a span over a following "government"/"administration" ("the Sudanese government"). */
export function withGovernmentNoun(run: Run, ctx: RuleContext): Pick<Run, 'start' | 'end' | 'text'> {
  const next = tokenAfter(run, ctx);
  if (!next || !GOVERNMENT_NOUNS.has(next.text)) return run;
  return { start: run.start, end: next.end, text: ctx.text.slice(run.start, next.end) };
}
