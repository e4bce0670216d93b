import type { Token } from '../tokens.js';
import type { RuleContext } from './context.js';

/** Lower-case nouns of a sporting or festive event ("... international basketball tournament"). */
const EVENT_NOUNS: ReadonlySet<string> = new Set([
  'tournament', 'championship', 'championships', 'race', 'regatta', 'rally', 'meeting', 'meet', 'festival', 'competition',
  'cup', 'trophy', 'classic', 'marathon', 'games', 'series', 'open',
]);

/** Event words that close a name wrapped onto the next line ("the Dunmore Autumn" / "Trophy entries"). */
const WRAPPED_EVENT_HEADS: ReadonlySet<string> = new Set(['stakes', 'cup', 'open', 'classic', 'trophy', 'championship', 'championships', 'prix', 'rally', 'handicap']);

/** A line break (a blank line at most) and nothing else. */
const LINE_BREAK = /^[ \t]*\n(?:[ \t]*\n)?[ \t]*$/u;

/** "96", "1997", "'96": a year written after a name. */
const YEAR = /^(?:['’]?\d{2}|(?:19|20)\d{2})$/u;

interface Span {
  tokens: readonly Token[];
}

/**
 * Names the words after them make an event: a year and then a lower-case event noun, within three
 * words ("the Kestrel Shield 04 junior chess tournament", "the Dunmore 1997 cycling race"),
 * or an event word wrapped onto the next line ("the Dunmore Autumn\nTrophy"). A club named with a
 * number ("Harlow 96") is followed by no event noun; the year is required, because a body that runs
 * a competition stands right before its noun too ("the Harlow League tournament").
 */
export function eventWordsFollow(name: Span, ctx: RuleContext): boolean {
  const last = name.tokens[name.tokens.length - 1]!;
  const next = ctx.tokens[last.index + 1];
  if (!next) return false;
  const gap = ctx.text.slice(last.end, next.start);
  if (LINE_BREAK.test(gap) && WRAPPED_EVENT_HEADS.has(next.lower) && /^\p{Lu}/u.test(next.text)) return true;
  if (!/^\s+$/u.test(gap) || !YEAR.test(next.text)) return false;
  for (let i = next.index + 1; i <= next.index + 4; i++) {
    const t = ctx.tokens[i];
    if (!t || !/^\p{Ll}/u.test(t.text) || !/^\s+$/u.test(ctx.text.slice(ctx.tokens[i - 1]!.end, t.start))) return false;
    if (EVENT_NOUNS.has(t.text)) return true;
  }
  return false;
}
