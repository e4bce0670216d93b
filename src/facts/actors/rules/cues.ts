/**
 * What the text around a run says about a person: role words before it
 * ("chairman X"), an appositive after ("X, a teacher at ...") or before
 * ("Chile's president, X"), a party-state tag, a speech verb, a given name.
 */
import { NAME_SUFFIXES, ORG_CLASS_NOUNS_AFTER, ROLE_NOUNS, SPEECH_VERBS, STOP_BEFORE_ROLE, SUBJECT_VERBS, isCommonWord, isKnownFirstName, isKnownOrganization, isKnownPlace, isVerbForm, lowerCased } from '../lexicons.js';
import { isAllCaps, isAsciiSpace, lower, lowerText, onlySpaces, type Run } from '../tokens.js';
import type { RuleContext } from './context.js';
import { isInitial, isNameToken, lowerWordAfter, lowerWordBefore } from './helpers.js';

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
    // A modifier of the role is a word of its noun phrase ("White House press secretary"), never a
    // verb written in lower case: "told VOA correspondent X" has the role "VOA correspondent".
    const modifier = /^\p{Ll}+$/u.test(w) && !STOP_BEFORE_ROLE.has(w) && !(/^\p{Ll}/u.test(t.text) && isVerbForm(w));
    if (ROLE_NOUNS.has(w) || (w === 'and' && first >= 0) || (first >= 0 && modifier && first - i < 3)) {
      if (w !== 'and') first = i;
      i--;
      continue;
    }
    break;
  }
  if (first < 0) return [];
  return [ctx.text.slice(ctx.tokens[first]!.start, run.start).trim()];
}

export function isPersonByCues(run: Run, ctx: RuleContext): boolean {
  return run.tokens.every((t) => isNameToken(t, ctx)) && personCues(run, ctx) !== null;
}

export interface PersonCues {
  roles: string[];
  affiliation: string | null;
}

export function personCues(run: Run, ctx: RuleContext): PersonCues | null {
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
    && run.tokens.slice(1).every((t) => !isCommonWord(lowerText(t)) && !ctx.lowercaseWords.has(t.lower) && !isAllCaps(t.text));
  // One word alone ("Solvik", "Tradewind") is too often a company or party for a role cue to decide.
  if (partyTag || (multi && (roles.length > 0 || speech || firstName || initialOrSuffix || surnameRecurs))) return { roles, affiliation };
  return null;
}

const ORG_APPOSITIVE_NOUNS = new Set([...ORG_CLASS_NOUNS_AFTER, 'organization', 'body', 'firm', 'company', 'group', 'subsidiary', 'unit', 'arm', 'wing', 'affiliate', 'offshoot', 'outfit']);

/** ", a teacher at X," / ", Harlan's chairman" / ", an al-Qaeda-linked organization" right after a run. */
export function appositiveAfter(run: Run, ctx: RuleContext): { kind: 'person' | 'organization'; role: string; affiliation: string | null } | null {
  if (ctx.text.charCodeAt(run.end) !== 44 /* , */) return null;
  const m = /^,\s+(?:(?:a|an|the)\s+)?([^,.;:"“”()]{2,90})/u.exec(ctx.text.slice(run.end, run.end + 100));
  if (!m) return null;
  const phrase = m[1]!;
  const words = phrase.split(/\s+/).slice(0, 6);
  // ", took a group of ...", ", has become the first ...": a phrase opening on a verb is the run's predicate, not its
  // appositive. A verb form before a noun is a modifier ("associate professor"): only one before an article or an
  // auxiliary counts.
  if (!/^,\s+(?:a|an|the)\s/u.test(m[0]) && /^\p{Ll}/u.test(words[0]!)
    && (SUBJECT_VERBS.has(words[0]!) || (isVerbForm(words[0]!) && DETERMINERS.has(words[1] ?? '')))) return null;
  let complement = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!.replace(/['’]s$/u, '');
    const lw = lowerCased(w);
    if (SPEECH_VERBS.has(lw) || lw === 'who' || lw === 'which') return null;
    if (ROLE_NOUNS.has(lw)) {
      return { kind: 'person', role: phrase.trim(), affiliation: possessiveOwner(words.slice(0, i)) };
    }
    if (ORG_APPOSITIVE_NOUNS.has(w) && i > 0) {
      const next = words[i + 1];
      // "a former army secretary": the body only modifies the role that follows it.
      if (next !== undefined && ROLE_NOUNS.has(lowerCased(next))) continue;
      // "X, the rights group Y said": a body named right after its class noun is the next clause's subject, not X.
      if (!complement && next !== undefined && /^\p{Lu}/u.test(next)) return null;
      return { kind: 'organization', role: phrase.trim(), affiliation: null };
    }
    if (APPOSITIVE_COMPLEMENT_WORDS.has(lw)) complement = true;
  }
  return null;
}

/** The owner in "Port Vela's new police chief": the capitalized words ending in the possessive, or null. */
function possessiveOwner(words: readonly string[]): string | null {
  const at = words.findIndex((x) => /['’]s$/u.test(x));
  if (at < 0) return null;
  let from = at;
  while (from > 0 && /^\p{Lu}/u.test(words[from - 1]!)) from--;
  return words.slice(from, at + 1).join(' ').replace(/['’]s$/u, '');
}

const DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'my', 'some', 'this', 'that', 'these', 'those']);

/** Words after which an appositive's nouns belong to a complement ("a unit of conglomerate Y"), not its head. */
const APPOSITIVE_COMPLEMENT_WORDS: ReadonlySet<string> = new Set(['of', 'at', 'in', 'for', 'from', 'with', 'to', 'by', 'on']);

/**
 * Cheap pre-checks for the context patterns below, which cut a window of text and run a
 * regex on it: the first character after optional white space, in [from, limit), is `code`.
 * False only when sure; a non-ASCII character (possibly Unicode white space) answers true.
 */
function mayFollow(text: string, from: number, limit: number, code: number): boolean {
  let i = from;
  const end = Math.min(limit, text.length);
  while (i < end && isAsciiSpace(text.charCodeAt(i))) i++;
  if (i >= end) return false;
  const c = text.charCodeAt(i);
  return c === code || c >= 128;
}

/** The same, reading back from `before` to `floor`: the last character before white space is `code`. */
function mayPrecede(text: string, before: number, floor: number, code: number): boolean {
  let i = before - 1;
  while (i >= floor && isAsciiSpace(text.charCodeAt(i))) i--;
  if (i < floor) return false;
  const c = text.charCodeAt(i);
  return c === code || c >= 128;
}

/** "The leader of X, Nadia Y," / "Chile's president, Tomas Z": a role phrase and a comma right before a run. */
function appositiveBefore(run: Run, ctx: RuleContext): string | null {
  if (!mayPrecede(ctx.text, run.start, Math.max(0, run.start - 80), 44 /* , */)) return null;
  const before = ctx.text.slice(Math.max(0, run.start - 80), run.start);
  if (!/,\s*$/u.test(before)) return null;
  const m = /(?:^|[.;:—]\s*|\n)((?:the|a|an|The|A|An)?[^,.;:\n"“”]{2,70}),\s*$/u.exec(before);
  if (!m) return null;
  const words = m[1]!.trim().split(/\s+/);
  if (words.length > 8) return null;
  return words.some((w) => ROLE_NOUNS.has(w.replace(/['’]s$/u, '').toLowerCase())) ? m[1]!.trim() : null;
}
