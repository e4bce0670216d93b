import type { Token } from '../tokens.js';
import type { RuleContext } from './context.js';

/** Words before "the X League" that put a team in the competition, not the body that runs it. */
const INTO_COMPETITION: ReadonlySet<string> = new Set(['in', 'into', 'from', 'won', 'win', 'wins', 'winning']);

/** Nouns of play a competition's name modifies ("League lead", "League titles", "League wild card"). */
const PLAY_NOUNS: ReadonlySet<string> = new Set([
  'lead', 'leader', 'leaders', 'title', 'titles', 'table', 'standings', 'season', 'seasons', 'game', 'games', 'match',
  'matches', 'final', 'finals', 'semifinal', 'semifinals', 'playoff', 'playoffs', 'championship', 'record', 'records', 'race',
  'debut', 'fixture', 'fixtures', 'goal', 'goals', 'action', 'campaign', 'wild', 'pennant', 'division',
  'win', 'wins', 'victory', 'defeat', 'clash', 'opener', 'football', 'soccer', 'baseball', 'rugby', 'cricket', 'hockey',
]);

interface Span {
  start: number;
  end: number;
  tokens: readonly Token[];
}

/**
 * A league named as the competition its teams play in: "the fourth winner in the Harlow League",
 * "the Harlow League lead", "Harlow League titles". Sports copy uses a league's name so far more often
 * than for the body that runs it (on the training split's names ending in "League", 49 of 54 were
 * such competitions), and a competition does not act. A league that acts ("the Harlow League fined",
 * "the Harlow League's ruling") or is named otherwise stays a body.
 */
export function isCompetitionUse(name: Span, ctx: RuleContext): boolean {
  const last = name.tokens[name.tokens.length - 1]!;
  if (last.lower !== 'league' || name.tokens.length < 2 || last.possessive) return false;
  // "League lead", "League titles": the name modifies a noun of play after it.
  const next = ctx.tokens[last.index + 1];
  if (next && ctx.text.slice(last.end, next.start) === ' ' && PLAY_NOUNS.has(next.text)) return true;
  let i = name.tokens[0]!.index - 1;
  if (ctx.tokens[i]?.lower === 'the') i--;
  const before = ctx.tokens[i];
  return before !== undefined && /^\p{Ll}/u.test(before.text) && INTO_COMPETITION.has(before.text);
}
