/** Reshaping before the rules: titles at the end of a run are a role, not part of a name. */
import { ORG_HEADS } from '../lexicons.js';
import { type Run, isCapitalized, lower, makeRun } from '../tokens.js';
import type { RuleContext } from './context.js';
import { isTitleWord } from './helpers.js';

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
