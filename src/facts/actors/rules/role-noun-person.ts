import { NAME_PARTICLES, isCommonWord, isKnownPlace } from '../lexicons.js';
import { onlySpaces, type Run } from '../tokens.js';
import type { RuleContext } from './context.js';
import { isNameToken } from './helpers.js';
import { candidate, type CandidateRule } from './rule.js';
import { taggerReading } from './tagger-reading.js';

/**
 * Lower-case nouns of play and standing that only ever stand before a person: "midfielder X",
 * "closer X Y", "top seed X", "compatriot X". (On the training split each of these preceded a
 * person every time, or all but once, over hundreds of uses; "champion" is left out: teams are
 * champions too.)
 */
const PLAYER_NOUNS: ReadonlySet<string> = new Set([
  'midfielder', 'striker', 'defender', 'goalkeeper', 'goalie', 'keeper', 'winger', 'fullback', 'full-back', 'sweeper',
  'playmaker', 'scrum-half', 'fly-half', 'flanker', 'hooker', 'prop', 'centre-half', 'quarterback', 'linebacker',
  'pitcher', 'reliever', 'closer', 'starter', 'outfielder', 'infielder', 'catcher', 'shortstop', 'slugger', 'batsman',
  'bowler', 'spinner', 'all-rounder', 'wicketkeeper', 'wicket-keeper', 'opener', 'seed', 'compatriot', 'countryman',
  'teammate', 'team-mate', 'rookie', 'titleholder', 'boxer', 'jockey', 'trainer', 'rider', 'driver',
]);

/**
 * Role nouns (a subset of the cue words) that before a single word still mean a person: "president X",
 * "spokesman X". Words like "partner", "host", "owner" or "leader" are left out: a body, country or club
 * stands after them too ("host Brazil", "league leader Ajax").
 */
const LONE_NAME_ROLES: ReadonlySet<string> = new Set([
  'president', 'chairman', 'chairwoman', 'spokesman', 'spokeswoman', 'coach', 'captain', 'premier', 'minister',
  'senator', 'governor', 'mayor', 'judge', 'lawyer', 'attorney', 'prosecutor', 'general', 'colonel', 'commander',
]);

/**
 * "closer Jem Hollard", "midfielder Ronaldo", "president Halvorsen": a lower-case noun of play,
 * standing or office right before one to three plain name words makes them a person. The tagger
 * reads many such names as bodies (a player named like a club, a single foreign name), and a lone
 * name then passes for a company. Where the tagger reads the words as a place or another kind of
 * name, the rule passes.
 */
export const roleNounPerson: CandidateRule = {
  name: 'roleNounPerson',
  claim(run, ctx) {
    const toks = run.tokens;
    const names = toks.filter((t) => !NAME_PARTICLES.has(t.text));
    if (names.length > 3 || !toks.every((t) => isNameToken(t, ctx)) || names.some((t) => ctx.lowercaseWords.has(t.lower))) return null;
    const noun = nounBefore(run, ctx);
    if (noun === null || !(PLAYER_NOUNS.has(noun) || (toks.length === 1 && LONE_NAME_ROLES.has(noun)))) return null;
    // "Atlanta Rovers": a team is named after its town; "Lark": a common word alone is no name.
    if (isKnownPlace(names[0]!.lower) || (toks.length === 1 && isCommonWord(toks[0]!.lower))) return null;
    const reading = taggerReading(ctx, run.start, run.end);
    if (reading === 'LOC' || reading === 'MISC') return null;
    return [candidate('roleNounPerson', 'person', run.text, run, { roles: [noun] })];
  },
};

/** The lower-case word right before the run (one plain space between, not possessive), or null. */
function nounBefore(run: Run, ctx: RuleContext): string | null {
  const prev = ctx.tokens[run.tokens[0]!.index - 1];
  if (!prev || prev.possessive || !/^\p{Ll}/u.test(prev.text) || !onlySpaces(ctx.text, prev.end, run.start) || run.start - prev.end !== 1) return null;
  return prev.text;
}
