/** Reshaping before the rules: capitals that only open a sentence are dropped from a run. */
import { ORG_HEADS, isCommonWord, isFunctionWord, isKnownFirstName, isKnownPlace } from '../lexicons.js';
import { type Run, isCapitalized, lower, lowerText, makeRun } from '../tokens.js';
import { type RuleContext, countryNamed } from './context.js';
import { KNOWN_ORGANIZATION_INDEX, isTitleWord, withoutArticle } from './helpers.js';

/**
 * Sentence-initial words are capitalized by position: "But", "During",
 * "Analysts". Drop leading words that are common English words or that the
 * article also writes in lower case. Not a claiming rule: it reshapes a run.
 */
export function trimPositionalCapitals(run: Run, ctx: RuleContext): Run | null {
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
    if (!common || nameLike || isTitleWord(first)) break;
    tokens = tokens.slice(1);
    // Connectors left at the front ("Of", "the") are no longer part of a name.
    while (tokens.length > 0 && !isCapitalized(tokens[0]!)) tokens = tokens.slice(1);
  }
  if (tokens.length === 0) return null;
  return tokens === run.tokens ? run : makeRun(ctx.text, tokens);
}
