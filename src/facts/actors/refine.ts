/**
 * Refiners: turn candidates (one per occurrence) into actors (one per
 * participant). Coreference is by shape: a person's surname, an
 * organization's acronym or short name, a country's aliases.
 */
import type { Actor, ActorType, Mention } from '../../schema.js';
import { findCountryByName, countryOfDemonym } from '../text/countries.js';
import { normalizeForMatch } from '../text/normalize.js';
import { CORPORATE_SUFFIXES, NAME_PARTICLES, NAME_SUFFIXES, ORG_HEADS, lowerCased } from './lexicons.js';
import { initialsMatch } from './rules/acronym-definitions.js';
import type { Candidate } from './rules/rule.js';
import type { Token } from './tokens.js';

/** An actor while it is being assembled. */
export interface Draft {
  type: ActorType;
  name: string;
  roles: string[];
  affiliation: string | null;
  /** Surface forms to look for in the text. */
  surfaces: Set<string>;
  /** Mentions fixed by a rule (capitals used as governments) rather than by surface search. */
  fixedMentions: Mention[];
  firstStart: number;
}

function draftOf(c: Candidate): Draft {
  return {
    type: c.type,
    name: c.name,
    roles: [...c.roles],
    affiliation: c.affiliation,
    surfaces: new Set([c.mention.text, c.name, ...c.aliases]),
    fixedMentions: [c.mention],
    firstStart: c.mention.start,
  };
}

function absorb(into: Draft, c: Candidate): void {
  for (const r of c.roles) if (!into.roles.includes(r)) into.roles.push(r);
  into.affiliation ??= c.affiliation;
  into.surfaces.add(c.mention.text);
  for (const a of c.aliases) into.surfaces.add(a);
  into.fixedMentions.push(c.mention);
  into.firstStart = Math.min(into.firstStart, c.mention.start);
}

function words(name: string): string[] {
  return name.split(/\s+/).filter(Boolean);
}

/** "Peter Halvard Jr." -> "Halvard"; "Amira bin Sayed" -> "bin Sayed"; "Karim al-Masri" -> "al-Masri". */
export function surnameOf(name: string): string {
  const ws = words(name).filter((w) => !NAME_SUFFIXES.has(lowerCased(w).replace(/\.$/, '')));
  if (ws.length <= 1) return ws[0] ?? name;
  let i = ws.length - 1;
  while (i > 1 && NAME_PARTICLES.has(lowerCased(ws[i - 1]!))) i--;
  return ws.slice(i).join(' ');
}

function surnameKeyOf(s: string): string {
  return normalizeForMatch(s).replace(/^(?:al|el)-/, '');
}

function nameWordCount(name: string): number {
  return words(name).filter((w) => !NAME_SUFFIXES.has(lowerCased(w).replace(/\.$/, '')) && !/^\p{Lu}\.$/u.test(w)).length;
}

/**
 * One person per surname: "Vladimir Putin", "Putin", "Mr. Putin" are one
 * actor. Full names (two or more words) found first define the people;
 * single-word person or organization candidates equal to a known surname
 * become mentions of that person, and so does a single-word guess the tagger
 * read as a person (at every lone mention) that equals the first word of a full
 * name a rule found.
 */
export function mergeCoreferentPeople(candidates: readonly Candidate[]): { people: Draft[]; rest: Candidate[] } {
  const people: Draft[] = [];
  const bySurname = new Map<string, Draft>();
  // The first word of each full name a rule found (a given name, or the family name of a name
  // written family name first): a lone word joins one by it only where the tagger read every lone
  // mention of it as a person ("Wen" of "Wen Haolin", a family name written first). Neither alone is enough: the tagger reads
  // some clubs and companies named like people as people, in full ("Rotor Volgograd") and alone.
  const byGivenName = new Map<string, Draft>();
  const notTaggedAsPerson = new Set(candidates.filter((c) => c.type === 'organization' && !c.taggedAsPerson).map((c) => c.name));
  // Names repeat (one candidate per occurrence) and normalizing one takes several regexes: once per name.
  const keys = new Map<string, string>();
  const surnameKey = (s: string): string => {
    let key = keys.get(s);
    if (key === undefined) keys.set(s, (key = surnameKeyOf(s)));
    return key;
  };
  // Full names (two words or more) decide both loops: counted once per candidate.
  const fullName = candidates.map((c) => c.type === 'person' && nameWordCount(c.name) >= 2);
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    if (!fullName[i]) continue;
    const surname = surnameOf(c.name);
    const key = surnameKey(surname);
    const existing = bySurname.get(key);
    if (existing) {
      absorb(existing, c);
      continue;
    }
    const draft = draftOf(c);
    draft.surfaces.add(surname);
    if (/^(?:al|el)-/i.test(surname)) draft.surfaces.add(surname.slice(3));
    if (/^\p{Ll}/u.test(surname)) draft.surfaces.add(surname[0]!.toUpperCase() + surname.slice(1));
    people.push(draft);
    bySurname.set(key, draft);
    const given = surnameKey(words(c.name)[0]!);
    if (c.rule !== 'taggedName' && !byGivenName.has(given)) byGivenName.set(given, draft);
  }
  const rest: Candidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    if (fullName[i]) continue;
    const singleWord = words(c.name).length === 1 && c.type !== 'country';
    const person = singleWord ? bySurname.get(surnameKey(c.name)) ?? (c.taggedAsPerson && !notTaggedAsPerson.has(c.name) ? byGivenName.get(surnameKey(c.name)) : undefined) : undefined;
    if (person) {
      absorb(person, c);
      continue;
    }
    if (c.type === 'person') {
      const draft = draftOf(c);
      people.push(draft);
      bySurname.set(surnameKey(c.name), draft);
      continue;
    }
    rest.push(c);
  }
  return { people, rest };
}

/** One actor per country, whatever name, alias, capital or demonym phrase found it. */
export function foldCountries(candidates: readonly Candidate[]): { countries: Draft[]; rest: Candidate[] } {
  const byName = new Map<string, Draft>();
  const rest: Candidate[] = [];
  for (const c of candidates) {
    if (c.type !== 'country') {
      rest.push(c);
      continue;
    }
    const existing = byName.get(c.name);
    if (existing) {
      absorb(existing, c);
      continue;
    }
    const draft = draftOf(c);
    const country = findCountryByName(c.name);
    if (country) for (const a of [country.name, ...country.aliases]) draft.surfaces.add(a);
    // A capital or demonym phrase is only a mention where the rule saw it act, never a searchable surface.
    draft.surfaces = new Set([...draft.surfaces].filter((s) => findCountryByName(s) !== null));
    byName.set(c.name, draft);
  }
  return { countries: [...byName.values()], rest };
}

// Trailing words that are not part of an organization's short name ("Lumen Media" -> "Lumen").
const GENERIC_ORG_TAILS = new Set([
  ...CORPORATE_SUFFIXES, 'media', 'animation', 'studios', 'entertainment', 'holdings', 'pictures', 'technologies',
  'international', 'news', 'group', 'co.', 'inc.', 'corp.', 'ltd.',
]);

/** "Harlan Brothers Co." -> ["Harlan Brothers", "Harlan"]; "Lumen Media" -> ["Lumen"]. */
export function shortNamesOf(name: string): string[] {
  const ws = words(withoutThe(name));
  let end = ws.length;
  while (end > 1 && GENERIC_ORG_TAILS.has(lowerCased(ws[end - 1]!).replace(/\.$/, ''))) end--;
  if (end === ws.length) return [];
  const stem = ws.slice(0, end);
  const out = [stem.join(' ')];
  if (stem.length === 2 && CORPORATE_SUFFIXES.has(lowerCased(ws[ws.length - 1]!).replace(/\.$/, ''))) out.push(stem[1]!);
  return out;
}

function withoutThe(name: string): string {
  return name.replace(/^the\s+/i, '');
}

/**
 * One organization per name: exact names after normalization, an acronym
 * defined in the text or spelling the initials of a longer name, a short
 * name of a company ("Harlan" for "Harlan Brothers Co."), and a name that only
 * adds a country or demonym in front ("Russian Defense Ministry" /
 * "Defense Ministry").
 */
export function mergeOrganizations(candidates: readonly Candidate[], definitions: ReadonlyMap<string, string>): Draft[] {
  const drafts: Draft[] = [];
  const byKey = new Map<string, Draft>();
  const keys = new Map<string, string>();
  const keyOf = (s: string): string => {
    let key = keys.get(s);
    if (key === undefined) keys.set(s, (key = normalizeForMatch(withoutThe(s))));
    return key;
  };
  const register = (d: Draft, s: string): void => {
    if (!byKey.has(keyOf(s))) byKey.set(keyOf(s), d);
  };
  // Names with aliases first (their aliases then catch other forms), then longer names, so that
  // short forms find the full name they abbreviate.
  // Word lists split once per name, not once per comparison or per draft compared.
  const wordLists = new Map<string, string[]>();
  const wordsOf = (name: string): string[] => {
    let list = wordLists.get(name);
    if (list === undefined) wordLists.set(name, (list = words(name)));
    return list;
  };
  const hasAliases = (c: Candidate): number => (c.aliases.length > 0 ? 0 : 1);
  const ordered = [...candidates].sort((a, b) => hasAliases(a) - hasAliases(b) || wordsOf(b.name).length - wordsOf(a.name).length || a.mention.start - b.mention.start);
  for (const c of ordered) {
    const defined = definitions.get(c.name);
    const target = byKey.get(keyOf(c.name)) ?? (defined ? byKey.get(keyOf(defined)) : undefined) ?? findAbbreviated(c, drafts, wordsOf);
    if (target) {
      absorb(target, c);
      register(target, c.name);
      continue;
    }
    const draft = draftOf(c);
    for (const s of shortNamesOf(c.name)) draft.surfaces.add(s);
    for (const [acr, full] of definitions) if (keyOf(full) === keyOf(c.name)) draft.surfaces.add(acr);
    drafts.push(draft);
    for (const s of draft.surfaces) register(draft, s);
  }
  return drafts;
}

/** `wordsOf` is words(), remembered by the caller (its lists must not be changed). */
function findAbbreviated(c: Candidate, drafts: readonly Draft[], wordsOf: (name: string) => readonly string[]): Draft | undefined {
  const ws = wordsOf(c.name);
  if (ws.length === 1 && /^\p{Lu}{2,7}$/u.test(c.name)) {
    // "ICC" for "International Criminal Court"; "TRD" for "The Real Deal" (a leading "The" may count).
    const spells = (ws: readonly string[]): boolean => initialsMatch(ws.filter((w) => !/^(?:of|for|and|the|on|&)$/.test(w)), c.name);
    return drafts.find((d) => wordsOf(d.name).length > 1 && (spells(wordsOf(d.name)) || spells(wordsOf(withoutThe(d.name)))));
  }
  // "Parliament" after "the European Parliament": a lone head word that ends one organization named
  // earlier is its short form (the nearest such one before it when several end the same way).
  if (ws.length === 1 && ORG_HEADS.has(lowerCased(ws[0]!))) {
    const earlier = drafts.filter((d) => d.firstStart < c.mention.start && wordsOf(d.name).length > 1 && wordsOf(d.name).at(-1) === ws[0]);
    if (earlier.length > 0) return earlier.reduce((a, b) => (b.firstStart > a.firstStart ? b : a));
  }
  // "Defense Ministry" inside "Russian Defense Ministry" when the extra words are a country or demonym.
  const joined = ws.join(' ');
  return drafts.find((d) => {
    const dw = wordsOf(d.name);
    if (dw.length <= ws.length || dw.slice(dw.length - ws.length).join(' ') !== joined) return false;
    const extra = dw.slice(0, dw.length - ws.length).join(' ');
    return findCountryByName(extra) !== null || countryOfDemonym(extra) !== null;
  });
}

/**
 * Every occurrence of every actor's surface forms, longest form first, no
 * two mentions overlapping: quotes link speakers through these, so
 * "Putin" three paragraphs on must be found too. One pass over the words
 * of the text finds every candidate occurrence (surfaces are indexed by
 * their first word), instead of one scan of the text per surface.
 */
export function collectMentions(text: string, drafts: readonly Draft[], tokens: readonly Token[]): Mention[][] {
  const claimed = new Uint8Array(text.length);
  const result: Mention[][] = drafts.map(() => []);
  const claim = (i: number, start: number, end: number): void => {
    for (let k = start; k < end; k++) if (claimed[k]) return;
    claimed.fill(1, start, end);
    result[i]!.push({ text: text.slice(start, end), start, end });
  };
  const surfaces: { surface: string; actor: number }[] = [];
  drafts.forEach((d, i) => {
    for (const s of d.surfaces) if (s.length > 1) surfaces.push({ surface: s, actor: i });
  });
  // Longest first; equal lengths keep their order (a stable sort), as the claim order decides overlaps.
  surfaces.sort((a, b) => b.surface.length - a.surface.length);
  const hits = findSurfaceOccurrences(text, surfaces.map((s) => s.surface), tokens);
  for (const { surface, at } of hits) {
    const { actor } = surfaces[surface]!;
    claim(actor, at, at + surfaces[surface]!.surface.length);
  }
  // Rule-fixed mentions (a capital acting for its country) where no surface matched.
  drafts.forEach((d, i) => {
    for (const m of d.fixedMentions) claim(i, m.start, m.end);
  });
  for (const list of result) list.sort((a, b) => a.start - b.start);
  return result;
}

/** Longest hyphenated or elided word whose parts are looked up as words of their own. */
const MAX_HYPHENATED_WORD = 120;

const FIRST_WORD = /^(?:\p{Lu}\.){2,}|^[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'’&][\p{L}\p{M}\p{N}]+)*/u;

/** The key a word is indexed by: as tokenize writes it, without a possessive or a period. */
function wordKey(word: string): string {
  // By character codes, slicing at most once: this runs for every word of the text.
  let end = word.length;
  if (end > 2 && word.charCodeAt(end - 1) === 115 /* s */) {
    const c = word.charCodeAt(end - 2);
    if (c === 39 /* ' */ || c === 0x2019 /* ’ */) end -= 2;
  }
  const last = word.charCodeAt(end - 1);
  if (last === 46 /* . */ || last === 43 /* + */) end--;
  return end === word.length ? word : word.slice(0, end);
}

/** The word holds a hyphen or an apostrophe (- ' ’), the separators whose parts are looked up too. */
function hasWordSeparator(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === 45 || c === 39 || c === 0x2019) return true;
  }
  return false;
}

/**
 * Occurrences (whole words at both ends) of each surface, ordered by
 * surface index then position. Surfaces are indexed by their first word and
 * looked up once per token, plus the parts of hyphenated words
 * ("pro-Russia", "Locksley-von Moltke"); a surface that does not start with
 * a word falls back to a plain scan.
 */
function findSurfaceOccurrences(text: string, surfaces: readonly string[], tokens: readonly Token[]): { surface: number; at: number }[] {
  const byFirstWord = new Map<string, number[]>();
  const hits: { surface: number; at: number }[] = [];
  const parts: number[] = [];
  surfaces.forEach((surface, i) => {
    const first = FIRST_WORD.exec(surface)?.[0];
    if (!first) {
      for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
        if (isWordBoundary(text, at - 1) && isWordBoundary(text, at + surface.length)) hits.push({ surface: i, at });
      }
      return;
    }
    const keys = new Set([wordKey(first), ...(first.includes('-') ? [first.slice(0, first.indexOf('-'))] : [])]);
    for (const key of keys) {
      const list = byFirstWord.get(key);
      if (list) list.push(i);
      else byFirstWord.set(key, [i]);
    }
  });
  const tryAt = (at: number, key: string): void => {
    const list = byFirstWord.get(key);
    if (!list) return;
    for (const i of list) {
      const surface = surfaces[i]!;
      if (text.startsWith(surface, at) && isWordBoundary(text, at + surface.length) && isWordBoundary(text, at - 1)) hits.push({ surface: i, at });
    }
  };
  for (const t of tokens) {
    tryAt(t.start, wordKey(t.text));
    if (!hasWordSeparator(t.text) && text.charCodeAt(t.end) !== 45) continue;
    // Parts of a hyphenated or elided word, each tried as a word of its own ("pro-Russia", "d’Alan").
    // Bounded window: a name's hyphenated word is short, and a 200 KB "A-A-A-..." run must not be rescanned per separator.
    const limit = Math.min(text.length, t.start + MAX_HYPHENATED_WORD);
    let end = t.end;
    while (end < limit && /[\p{L}\p{M}\p{N}.'’&-]/u.test(text[end]!)) end++;
    end = Math.min(end, limit);
    parts.length = 0;
    for (let k = t.start; k < end; k++) if (text[k] === '-' || text[k] === "'" || text[k] === '’') parts.push(k);
    for (const sep of parts) {
      const rest = FIRST_WORD.exec(text.slice(sep + 1, end))?.[0];
      if (rest) tryAt(sep + 1, wordKey(rest));
      tryAt(t.start, text.slice(t.start, sep));
    }
  }
  const seen = new Set<number>();
  const positions = text.length + 1;
  return hits
    .filter((h) => {
      const key = h.surface * positions + h.at;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.surface - b.surface || a.at - b.at);
}

function isWordBoundary(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return true;
  const c = text.charCodeAt(i);
  if (c < 128) return !((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122));
  return !/[\p{L}\p{N}]/u.test(text[i]!);
}

/** Final actors in order of first mention, with ids a1, a2, ... */
export function assignIds(drafts: readonly Draft[], mentions: readonly Mention[][]): Actor[] {
  const actors = drafts
    .map((d, i) => ({ d, m: mentions[i]! }))
    .filter(({ m }) => m.length > 0)
    .sort((a, b) => a.m[0]!.start - b.m[0]!.start);
  return actors.map(({ d, m }, i) => ({
    id: `a${i + 1}`,
    name: d.name,
    type: d.type,
    roles: d.roles,
    affiliation: d.affiliation,
    mentions: m,
  }));
}
