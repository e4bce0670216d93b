import { CORPORATE_SUFFIXES, ORG_HEADS, isCommonWord, isFunctionWord } from '../lexicons.js';
import type { Token } from '../tokens.js';
import type { RuleContext } from './context.js';
import { countryNamed, demonymCountry } from './gazetteer.js';

interface Span {
  start: number;
  end: number;
  tokens: readonly Token[];
}

/** Words that name a sports club, not a person ("Fenwick Rovers (Norway)" in a cup draw). */
const CLUB_WORDS: ReadonlySet<string> = new Set([
  'rovers', 'rangers', 'athletic', 'albion', 'town', 'county', 'dynamo', 'sporting', 'hotspur', 'olympique', 'racing',
]);

/** " (Country)" right after the name: the entrant's country in a results line. */
const COUNTRY_IN_PARENTHESES = /^ \(([\p{L}][\p{L} .'-]{1,30})\)/u;
/** ", 19," or ", 19 --": an age in apposition. */
const AGE_AFTER = /^, \d{1,2}(?=[,;]| -)/u;
/** "3 - ": a shirt number before a player in a team line-up. */
const SHIRT_NUMBER_BEFORE = /(?:^|[\s;,(])\d{1,2} - $/u;

/** ", Harlow newsroom": the reporter's desk after a sign-off name. */
const NEWSROOM_AFTER = /^, \p{Lu}[\p{L} .'-]{0,30}? (?:newsroom|newsdesk|bureau|desk)\b/iu;
/** "-- " opening a line: a wire story's sign-off. */
const SIGN_OFF_BEFORE = /(?:^|\n)[ \t]*(?:--|[—–])[ \t]*$/u;

/**
 * Contexts that in wire copy hold a person and almost never a body, for a
 * name of two or three plain words: the entrant's country in parentheses
 * after it ("A. Name (Country) 13:06"), a country's possessive before it
 * ("Country's Name Name"), an age in apposition ("Name Name, 19,"), a shirt
 * number in a line-up ("4 - Name Name,"). On the training split's annotated
 * names of two or three plain words these contexts held a person 98 % of the
 * time (the rest: a few clubs in European-cup results). The tagger takes some
 * foreign names there for organizations. So too a byline, a name alone on its
 * line before the dateline (68 of 68 such lines of plain words there), and a
 * sign-off ("-- Name Name, City newsroom", 40 of 40).
 *
 * "Plain" words are those no lexicon reads as anything but a name: not a
 * common or function word, an organization head or suffix, a country or
 * demonym, a club word ("Harbour Police", "Fisheries Ministry", "X Rovers"
 * stay organizations).
 */
export function readsAsPerson(name: Span, ctx: RuleContext): boolean {
  const words = name.tokens;
  if (words.length < 2 || words.length > 3 || !words.every((t) => isPlainNameWord(t, ctx))) return false;
  const after = ctx.text.slice(name.end, name.end + 36);
  const inParentheses = COUNTRY_IN_PARENTHESES.exec(after);
  if (inParentheses && countryNamed(ctx, inParentheses[1]!)) return true;
  if (AGE_AFTER.test(after)) return true;
  if (bylineBeforeDateline(name, ctx.text)) return true;
  if (NEWSROOM_AFTER.test(after) && SIGN_OFF_BEFORE.test(ctx.text.slice(Math.max(0, name.start - 6), name.start))) return true;
  const before = ctx.tokens[words[0]!.index - 1];
  if (before?.possessive && before.end + 3 === name.start && countryNamed(ctx, before.text)) return true;
  return SHIRT_NUMBER_BEFORE.test(ctx.text.slice(Math.max(0, name.start - 8), name.start));
}

/** A dateline opening a line: a place in capitals and a comma ("HARLOW, Kent"), or an ISO date. */
const DATELINE = /^\s*(?:\p{Lu}[\p{Lu} .'’-]+,|[^\n]{0,40}\b\d{4}-\d\d-\d\d\b)/u;

/**
 * A byline: the name is all its line holds, and the story's dateline opens the next line. (A name
 * alone on a line elsewhere may be an item of a list: a product feature, a standings table.)
 */
function bylineBeforeDateline(name: Span, text: string): boolean {
  const lineStart = text.lastIndexOf('\n', name.start - 1) + 1;
  const lineEnd = text.indexOf('\n', name.end);
  if (lineEnd < 0 || text.slice(lineStart, name.start).trim() !== '' || text.slice(name.end, lineEnd).trim() !== '') return false;
  return DATELINE.test(text.slice(lineEnd + 1, lineEnd + 80));
}

function isPlainNameWord(t: Token, ctx: RuleContext): boolean {
  if (!/^\p{Lu}\p{Ll}/u.test(t.text) || t.possessive) return false;
  const w = t.lower;
  return !isCommonWord(w) && !isFunctionWord(w) && !ORG_HEADS.has(w) && !CORPORATE_SUFFIXES.has(w) && !CLUB_WORDS.has(w)
    && !ctx.lowercaseWords.has(w) && !countryNamed(ctx, t.text) && !demonymCountry(ctx, t.text);
}
