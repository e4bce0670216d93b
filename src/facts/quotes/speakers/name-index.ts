/** Proper names written in the document, for expanding "Doe" to "Jane Doe" and telling persons from bodies. */
import type { Actor } from '../../../schema.js';
import { NAME_PARTICLES } from '../../../lexicon/names.js';
import { alternation } from '../../../lexicon/pattern.js';
import type { TextDocument } from '../../text/document.js';
import { normalizeForMatch } from '../../text/normalize.js';
import { TITLES } from '../lexicon.js';
import { nameRunEnd } from '../phrases.js';
import { tokenize } from '../tokens.js';
import { buildActorLookup } from './actor-lookup.js';
import { mostNamedPerson } from './person-in-focus.js';
import { hasOrganizationWord, stripTitles, surnameOf, wordKey } from './names.js';
import type { NameIndex } from './types.js';

/** Runs of capitalized words ("Prime Minister Jane A. Doe Jr.", "Ibn al Rashid"); linear, no nested ambiguity. */
const CAPITALIZED_RUN = new RegExp(String.raw`\p{Lu}[\p{L}\p{N}'’\-]*\.?(?:[ \t]+(?:${alternation(NAME_PARTICLES)}[ \t]+)?\p{Lu}[\p{L}\p{N}'’\-]*\.?)*`, 'uy');
/**
 * Where a run can start: an ASCII capital or any non-ASCII unit (every \p{Lu} is one of those). A
 * plain class scans far faster than the Unicode pattern, which is then tried only at these places;
 * the runs found are the same as one global scan of the pattern would find.
 */
const MAY_START_RUN = /[A-Z\u0080-\uFFFF]/g;

/** Every capitalized run of the text, left to right. */
function* capitalizedRuns(text: string): Generator<RegExpExecArray> {
  MAY_START_RUN.lastIndex = 0;
  for (let c = MAY_START_RUN.exec(text); c; c = MAY_START_RUN.exec(text)) {
    CAPITALIZED_RUN.lastIndex = c.index;
    const m = CAPITALIZED_RUN.exec(text);
    if (!m) continue;
    MAY_START_RUN.lastIndex = m.index + m[0].length;
    yield m;
  }
}

function opensSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return i < 0 || /[\n.!?:"“„«‘'(\[—–]/.test(text[i]!);
}

/** One regex pass over the document's capitalized runs (cheaper than tokenizing everything). */
export function buildNameIndex(doc: TextDocument, actors: readonly Actor[]): NameIndex {
  const fullNames = new Map<string, string>();
  const surnameCounts = new Map<string, number>();
  const lookup = buildActorLookup(actors, doc.text);
  const text = doc.text;
  for (const m of capitalizedRuns(text)) {
    if (!/\s/.test(m[0])) {
      // One capitalized word: counts as a further mention of a known person unless it opens a sentence.
      const surname = wordKey(m[0]);
      if (surnameCounts.has(surname) && !opensSentence(text, m.index)) surnameCounts.set(surname, surnameCounts.get(surname)! + 1);
      continue;
    }
    const tokens = tokenize(text, m.index, m.index + m[0].length);
    const sentenceInitial = opensSentence(text, m.index);
    for (let i = 0; i < tokens.length; ) {
      const end = nameRunEnd(tokens, i);
      if (end === i) {
        i++;
        continue;
      }
      const written = text.slice(tokens[i]!.start, tokens[end - 1]!.end);
      const titled = TITLES.has(tokens[i]!.lower);
      const name = stripTitles(written);
      const surname = surnameOf(name);
      const words = name.split(/\s+/).length;
      // What the actors stage knows wins: a country or group is no person, and a
      // capitalized run opening a sentence ("Enter South Dakota") must be a known actor.
      // (Organizations stay: the actors stage sometimes types a two-word person so.)
      const actor = words >= 2 ? lookup.byText.get(normalizeForMatch(name)) : undefined;
      const plausible = actor ? actor.type === 'person' || actor.type === 'organization' : !(i === 0 && sentenceInitial && !titled && actors.length > 0);
      if (surname && plausible && !hasOrganizationWord(name) && (words >= 2 || titled)) {
        if (words >= 2 && !fullNames.has(surname)) fullNames.set(surname, name);
        surnameCounts.set(surname, (surnameCounts.get(surname) ?? 0) + 1);
      } else if (surname && words === 1 && !(i === 0 && sentenceInitial) && surnameCounts.has(surname)) {
        surnameCounts.set(surname, surnameCounts.get(surname)! + 1);
      }
      i = end;
    }
  }
  const found = { fullNames, surnameCounts, actors, lookup };
  return { ...found, mostNamed: mostNamedPerson(found) };
}

function actorFor(name: string, index: NameIndex): Actor | null {
  const norm = normalizeForMatch(name);
  return norm ? index.lookup.byText.get(norm) ?? null : null;
}

/**
 * The person actor whose full name ends the written name: "Minister of Foreign
 * Affairs Jane A. Doe" → "Jane A. Doe", where the office's length is unknown.
 */
export function personActorEnding(written: string, index: NameIndex): Actor | null {
  const surname = surnameOf(written);
  const candidates = surname ? index.lookup.personsBySurname.get(surname) : undefined;
  if (!candidates) return null;
  const norm = ` ${normalizeForMatch(written)}`;
  for (const actor of candidates) {
    if (actor.name.includes(' ') && norm.endsWith(` ${normalizeForMatch(actor.name)}`)) return actor;
  }
  return null;
}

/** Is this proper name a person's? Actors decide when they know the name. */
export function isPersonName(name: string, index: NameIndex): boolean {
  const actor = actorFor(name, index);
  if (actor) return actor.type === 'person';
  // "Web of Angels", "Friends of the River": a lower-case link makes a title or a body, not a person.
  if (hasOrganizationWord(name) || /\s(?:of|for|on|the|and)\s/.test(name)) return false;
  const first = wordKey(name.split(/\s+/)[0] ?? '');
  if (TITLES.has(first)) return true;
  const stripped = stripTitles(name);
  if (stripped.split(/\s+/).length >= 2) return true;
  const surname = surnameOf(stripped);
  return surname !== null && index.fullNames.has(surname);
}
