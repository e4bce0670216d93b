/**
 * Before the rules: a run reshaped by its position (sentence-initial common
 * words, trailing titles) and runs that are no names at all (shouted phrases).
 */
import { ORG_HEADS, TITLE_MODIFIERS, isCommonWord, isFunctionWord, isKnownFirstName, isKnownPlace } from '../lexicons.js';
import { isAllCaps, isCapitalized, lower, lowerText, makeRun, type Run } from '../tokens.js';
import type { RuleContext } from './context.js';
import { countryNamed } from './gazetteer.js';
import { isTitleWord, withoutArticle } from './helpers.js';
import { KNOWN_ORGANIZATION_INDEX } from './known-organization.js';

/**
 * Sentence-initial words are capitalized by position: "But", "During",
 * "Analysts". Drop leading words that are common English words or that the
 * article also writes in lower case. Not a claiming rule: it reshapes a run.
 */
export function trimPositionalCapitals(run: Run, ctx: RuleContext): Run | null {
  // Only a run opening a sentence (or a lone "The") can lose words: most runs leave before any lookup.
  const head = run.tokens[0];
  if (!head) return null;
  if (!head.sentenceStart && !(head.text === 'The' && run.tokens.length === 1)) return run;
  // "United Nations ...", "National Security Council ..." at a sentence start are names as a whole.
  const whole = withoutArticle(run.text);
  if (countryNamed(ctx, whole) || KNOWN_ORGANIZATION_INDEX.has(whole)) return run;
  if (run.tokens.length > 1 && ORG_HEADS.has(lower(run.tokens[run.tokens.length - 1]!)) && !isFunctionWord(run.tokens[0]!.text)) return run;
  let tokens = run.tokens;
  while (tokens.length > 0) {
    const first = tokens[0]!;
    if (!first.sentenceStart && !(first.text === 'The' && tokens.length === 1)) break;
    const w = lowerText(first);
    const common = isCommonWord(w) || ctx.lowercaseWords.has(w) || /^\p{Lu}\p{Ll}+(?:ly|ing)$/u.test(first.text);
    const nameLike = tokens.length > 1 && (isKnownFirstName(w) || isKnownPlace(`${w} ${lowerText(tokens[1]!)}`));
    // "Rear Admiral X", "Defense Minister X" opening a sentence: the modifier is the title's.
    const titleModifier = tokens.length > 1 && TITLE_MODIFIERS.has(w) && isTitleWord(tokens[1]!);
    if (!common || nameLike || isTitleWord(first) || titleModifier) break;
    tokens = tokens.slice(1);
    // Connectors left at the front ("Of", "the") are no longer part of a name.
    while (tokens.length > 0 && !isCapitalized(tokens[0]!)) tokens = tokens.slice(1);
  }
  if (tokens.length === 0) return null;
  return tokens === run.tokens ? run : makeRun(ctx.text, tokens);
}

/**
 * "House of Representatives Speaker", "Acme Chief Executive": titles at the
 * end of a run (no name after them) are a role, not part of a name.
 */
export function trimTrailingTitles(run: Run, ctx: RuleContext): Run | null {
  // Find the cut first and slice once: a run of thousands of titles must not be copied once per title.
  let keep = run.tokens.length;
  while (keep > 0 && isTitleWord(run.tokens[keep - 1]!) && !ORG_HEADS.has(lower(run.tokens[keep - 1]!))) keep--;
  if (keep === run.tokens.length) return run;
  const tokens = run.tokens.slice(0, keep);
  // "International Court of Justice", "Office of the Inspector General": a title inside a complement is the name's.
  if (tokens.length > 0 && !isCapitalized(tokens[tokens.length - 1]!)) return run;
  return tokens.length > 0 ? makeRun(ctx.text, tokens) : null;
}

/** "ST. JOSEPH", "LUCAS MOREIRA": several words in capitals are a dateline, byline or shout, not a name. */
export function isShoutedPhrase(run: Run): boolean {
  return run.tokens.length > 1 && run.tokens.every((t) => isAllCaps(t.text) || !isCapitalized(t)) && run.tokens.some((t) => t.text.replace(/\./g, '').length > 3);
}
