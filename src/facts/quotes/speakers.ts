/**
 * Speaker resolution: turn the phrase a cue points at into a speaker name.
 * Names are cleaned of titles and expanded from a surname to the full name
 * written earlier; pronouns resolve to the nearest compatible subject or
 * speaker in the sentences before; descriptions stay as written.
 */
import type { Actor, Speaker } from '../../schema.js';
import { sentenceIndexAt, type TextDocument } from '../text/document.js';
import { findCueBefore, type Attribution } from './cues.js';
import { normalizeForMatch, normalizedWords } from '../text/normalize.js';
import { NAME_SUFFIXES, ORGANIZATION_WORDS, PERSON_NOUNS, REPORTING_VERBS, SPEECH_VERBS, TITLES, DETERMINERS } from './lexicon.js';
import { nameRunEnd, sentenceSubject, type Phrase, type PhraseKind } from './phrases.js';
import { tokenize, withoutPossessive } from './tokens.js';

export interface SpeakerGuess {
  name: string;
  kind: PhraseKind;
  /** Refers to a person (true), an organization/thing (false). */
  person: boolean;
  /** Refers to several people or a body ("the group", "officials"). */
  plural: boolean;
}

/** The document's actors, looked up by what a speaker phrase may say (built once per document). */
export interface ActorLookup {
  /** Normalized actor name or mention text → the actor. */
  byText: Map<string, Actor>;
  /** Surname (lower case) → person actors with it, in actor order. */
  personsBySurname: Map<string, Actor[]>;
  /** Person actor id → the pronoun gender the text uses for them, when it shows. */
  genders: Map<string, Gender>;
  actors: readonly Actor[];
}

export type Gender = 'male' | 'female';

/** Proper names seen in the document, for expanding "Doe" to "Jane Doe". */
export interface NameIndex {
  /** Surname (lower case) → the first full person name written with it, titles removed. */
  fullNames: Map<string, string>;
  /** Surname (lower case) → how often the person is named. */
  surnameCounts: Map<string, number>;
  actors: readonly Actor[];
  lookup: ActorLookup;
}

/** How far after a mention its pronoun may stand ("Doe said he ..."). */
const GENDER_WINDOW = 150;
const GENDER_PRONOUN = /\b(he|his|she)\b|["“”„«»\n]/gi;

/**
 * genderOfPerson: the pronoun the reporter uses right after the person's
 * mentions (before any quotation mark, which would be someone else's words),
 * and Mr./Mrs./Ms. before them; null when the votes do not show one.
 */
export function genderOfPerson(actor: Actor, text: string): Gender | null {
  let votes = 0;
  for (const m of actor.mentions) {
    const title = /\b(Mr|Mrs|Ms|Miss)\.?\s*$/.exec(text.slice(Math.max(0, m.start - 6), m.start)) ?? /^(Mr|Mrs|Ms|Miss)\b/.exec(m.text);
    if (title) votes += title[1] === 'Mr' ? 1 : -1;
    GENDER_PRONOUN.lastIndex = m.end;
    const found = GENDER_PRONOUN.exec(text);
    if (!found || found.index > m.end + GENDER_WINDOW) continue;
    // A quote's tag speaks of this person only when no other name stands between ("Doe met Ann Roe. “…,” she said").
    const pronoun = found[1] ?? (/\p{Lu}/u.test(text.slice(m.end, found.index)) ? null : pronounTaggingQuoteAt(text, found.index));
    if (pronoun) votes += pronoun.toLowerCase() === 'she' ? -1 : 1;
  }
  return votes > 0 ? 'male' : votes < 0 ? 'female' : null;
}

/** Closing mark for each opening mark a quote after a mention may start with. */
const CLOSING_MARKS: Record<string, string> = { '“': '”', '„': '“', '«': '»', '"': '"' };
/** How long a quote between a mention and its tag may be. */
const TAGGED_QUOTE_WINDOW = 400;
const PRONOUN_TAG = /^[\s,]*(he|she)\s+(\p{Ll}+)/iu;

/**
 * "Doe said the verdict sent a message. “Nobody is above the law,” he said.":
 * the pronoun tagging the quote that opens at `open` right after a mention.
 */
function pronounTaggingQuoteAt(text: string, open: number): string | null {
  const closer = CLOSING_MARKS[text[open]!];
  if (!closer) return null;
  const close = text.indexOf(closer, open + 1);
  if (close < 0 || close - open > TAGGED_QUOTE_WINDOW || text.slice(open, close).includes('\n')) return null;
  const tag = PRONOUN_TAG.exec(text.slice(close + 1, close + 40));
  return tag && SPEECH_VERBS.has(tag[2]!.toLowerCase()) ? tag[1]! : null;
}

export function buildActorLookup(actors: readonly Actor[], text?: string): ActorLookup {
  const byText = new Map<string, Actor>();
  const personsBySurname = new Map<string, Actor[]>();
  const genders = new Map<string, Gender>();
  for (const actor of actors) {
    const seen = new Set<string>([actor.name]);
    const name = normalizeForMatch(actor.name);
    if (name && !byText.has(name)) byText.set(name, actor);
    for (const m of actor.mentions) {
      if (seen.has(m.text)) continue;
      seen.add(m.text);
      const norm = normalizeForMatch(m.text);
      if (norm && !byText.has(norm)) byText.set(norm, actor);
    }
    if (actor.type === 'person') {
      const surname = surnameOf(actor.name);
      if (surname) personsBySurname.set(surname, [...(personsBySurname.get(surname) ?? []), actor]);
      const gender = text === undefined ? null : genderOfPerson(actor, text);
      if (gender) genders.set(actor.id, gender);
    }
  }
  return { byText, personsBySurname, genders, actors };
}

function isPersonActor(name: string, lookup: ActorLookup): boolean {
  const actor = lookup.byText.get(normalizeForMatch(name)) ?? lookup.personsBySurname.get(surnameOf(name) ?? '')?.[0];
  return actor?.type === 'person';
}

/** The gender the text shows for a named speaker, when it names a person actor. */
function genderOfGuess(guess: SpeakerGuess, lookup: ActorLookup): Gender | null {
  if (guess.kind !== 'name' || lookup.genders.size === 0) return null;
  const actor = lookup.byText.get(normalizeForMatch(guess.name)) ?? lookup.personsBySurname.get(surnameOf(guess.name) ?? '')?.[0];
  return actor ? lookup.genders.get(actor.id) ?? null : null;
}

function wordKey(word: string): string {
  return withoutPossessive(word.toLowerCase().replace(/\.$/, ''));
}

/** Drop titles and roles written before a name: "Prime Minister Jane Doe" → "Jane Doe". */
export function stripTitles(name: string): string {
  const words = name.trim().replace(/['’]s$/, '').split(/\s+/);
  let lastTitle = -1;
  for (let i = 0; i < words.length - 1; i++) {
    const key = wordKey(words[i]!);
    if (TITLES.has(key) || key === 'u.s' || key === 'us') lastTitle = i;
    // "Secretary of State Jane Doe", "Minister for Foreign Affairs Jane Doe": the office runs
    // on after "of"; keep the last two words as the name.
    else if ((key === 'of' || key === 'for') && lastTitle === i - 1) {
      lastTitle = Math.max(i, words.length - 3);
      break;
    }
  }
  return words.slice(lastTitle + 1).join(' ');
}

function surnameOf(name: string): string | null {
  const words = name.split(/\s+/).map(wordKey).filter((w) => !NAME_SUFFIXES.has(w));
  return words.length ? words[words.length - 1]! : null;
}

function hasOrganizationWord(name: string): boolean {
  return name.split(/\s+/).some((w) => ORGANIZATION_WORDS.has(wordKey(w)) || /^\p{Lu}{2,}$/u.test(w.replace(/['’]s$/, '')));
}

/** Runs of capitalized words ("Prime Minister Jane A. Doe Jr.", "Ibn al Rashid"); linear, no nested ambiguity. */
const CAPITALIZED_RUN = /\p{Lu}[\p{L}\p{N}'’\-]*\.?(?:[ \t]+(?:(?:de|da|van|von|der|den|bin|al|el|la|le|du|dos|del|ibn)[ \t]+)?\p{Lu}[\p{L}\p{N}'’\-]*\.?)*/gu;

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
  CAPITALIZED_RUN.lastIndex = 0;
  for (let m = CAPITALIZED_RUN.exec(text); m; m = CAPITALIZED_RUN.exec(text)) {
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
  return { fullNames, surnameCounts, actors, lookup };
}

function actorFor(name: string, index: NameIndex): Actor | null {
  const norm = normalizeForMatch(name);
  return norm ? index.lookup.byText.get(norm) ?? null : null;
}

/**
 * The person actor whose full name ends the written name: "Minister of Foreign
 * Affairs Jane A. Doe" → "Jane A. Doe", where the office's length is unknown.
 */
function personActorEnding(written: string, index: NameIndex): Actor | null {
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

/** resolveNamedSpeaker: "Mr. Doe" → "Jane Doe" when the full name was written before. */
export function resolveNamedSpeaker(written: string, index: NameIndex): SpeakerGuess {
  const known = personActorEnding(written, index);
  if (known) return { name: known.name, kind: 'name', person: true, plural: false };
  const name = stripTitles(written);
  const words = name.split(/\s+/);
  const surname = surnameOf(name);
  const full = words.length === 1 && surname ? index.fullNames.get(surname) : undefined;
  const person = isPersonName(written, index);
  return { name: full ?? name, kind: 'name', person, plural: !person && hasOrganizationWord(name) };
}

/** resolveDescriptionSpeaker: "one of the instructors", "the report": kept as written. */
export function resolveDescriptionSpeaker(written: string): SpeakerGuess {
  const words = normalizedWords(written).filter((w) => !DETERMINERS.has(w));
  const head = words[words.length - 1] ?? '';
  const ofPhrase = /^(?:one|some|many|several|two|three|each|all|most|both|none) of /i.test(written);
  const singular = head.replace(/s$/, '');
  const person = PERSON_NOUNS.has(head) || PERSON_NOUNS.has(singular);
  const plural = !ofPhrase && ((head.endsWith('s') && !head.endsWith('ss')) || ORGANIZATION_WORDS.has(head));
  return { name: written.replace(/['’]s$/, ''), kind: 'description', person: person && !ORGANIZATION_WORDS.has(head), plural };
}

/** The speaker a phrase names (pronouns are resolved by the caller). */
export function guessFromPhrase(phrase: Phrase, index: NameIndex): SpeakerGuess {
  if (phrase.kind === 'name') return resolveNamedSpeaker(phrase.text, index);
  if (phrase.kind === 'description') return resolveDescriptionSpeaker(phrase.text);
  return { name: phrase.text, kind: 'pronoun', person: false, plural: false };
}

export interface FocusState {
  doc: TextDocument;
  index: NameIndex;
  /** Speakers already given to quotes, by sentence index. */
  recorded: Map<number, SpeakerGuess>;
  subjects: Map<number, SpeakerGuess | null>;
  /** Who speaks in a sentence without quotation marks ("Doe said the talks failed"), by sentence index. */
  reporters: Map<number, SpeakerGuess | null>;
}

function subjectOfSentence(state: FocusState, s: number): SpeakerGuess | null {
  if (state.subjects.has(s)) return state.subjects.get(s)!;
  const span = state.doc.sentences[s]!;
  const tokens = tokenize(state.doc.text, span.start, Math.min(span.end, span.start + 400));
  const phrase = sentenceSubject(tokens, state.doc.text);
  const guess = phrase ? guessFromPhrase(phrase, state.index) : null;
  state.subjects.set(s, guess);
  return guess;
}

function fits(pronoun: string, guess: SpeakerGuess, lookup: ActorLookup): 'best' | 'fallback' | null {
  if (guess.kind === 'pronoun') return null;
  switch (pronoun) {
    case 'he':
    case 'she':
    case 'i':
    case PERSON_IN_FOCUS:
      if (!guess.person || guess.plural) return null;
      // With no cue at all, only a person the actors stage knows ("Hey Readers" opening a sentence is none).
      if (pronoun === PERSON_IN_FOCUS && lookup.actors.length > 0 && guess.kind === 'name' && !isPersonActor(guess.name, lookup)) return null;
      if (pronoun === 'he' || pronoun === 'she') {
        const gender = genderOfGuess(guess, lookup);
        if (gender && gender !== (pronoun === 'he' ? 'male' : 'female')) return null;
      }
      return guess.kind === 'name' ? 'best' : 'fallback';
    case 'it':
      return guess.person ? null : guess.kind === 'description' || guess.kind === 'name' ? 'best' : null;
    default: // they, we: a body or several people; a named body counts even when it looks like a name
      if (guess.plural || (guess.kind === 'name' && !guess.person)) return 'best';
      return guess.kind === 'name' || !guess.person ? 'fallback' : null;
  }
}

const FOCUS_SENTENCES = 8;
/** A pseudo-pronoun for "the person in focus", of either gender. */
export const PERSON_IN_FOCUS = 'person';

/**
 * resolvePronounSpeaker: "he said" → the nearest earlier subject or speaker
 * that fits the pronoun (a named person for he/she, a body for it/they),
 * searching back through the sentences. A named person beats a description
 * ("the president") further back, since names are what readers resolve to.
 */
export function resolvePronounSpeaker(pronoun: string, sentence: number, at: number, state: FocusState): SpeakerGuess | null {
  const key = pronoun.toLowerCase();
  let fallback: SpeakerGuess | null = null;
  const consider = (guess: SpeakerGuess | null | undefined): SpeakerGuess | null => {
    if (!guess) return null;
    const fit = fits(key, guess, state.index.lookup);
    if (fit === 'best') return guess;
    if (fit === 'fallback' && !fallback) fallback = guess;
    return null;
  };
  // Same sentence: "Doe was arrested after a call in which he said ..."
  const span = state.doc.sentences[sentence];
  if (span && at > span.start) {
    const tokens = tokenize(state.doc.text, span.start, at);
    const phrase = sentenceSubject(tokens, state.doc.text);
    if (phrase && phrase.end <= at) {
      const found = consider(guessFromPhrase(phrase, state.index));
      if (found) return found;
    }
  }
  for (let s = sentence - 1; s >= 0 && s >= sentence - FOCUS_SENTENCES; s--) {
    const found = consider(state.recorded.get(s)) ?? consider(subjectOfSentence(state, s)) ?? consider(reporterOfSentence(state, s, false));
    if (found) return found;
  }
  if (fallback) return fallback;
  if (key !== 'he' && key !== 'she' && key !== PERSON_IN_FOCUS) return null;
  const focus = mostNamedPerson(state.index);
  return focus && fits(key, focus, state.index.lookup) ? focus : null;
}

/** A last-resort speaker must be named at least this often: one mention is no focus. */
const MIN_FOCUS_MENTIONS = 2;

/**
 * The person named most often: the last resort for a speaker nobody introduced
 * nearby. Only a person the actors stage found (when it found any): headlines
 * and sentence openers ("Black Friday", "Hey Twitter") look like names too.
 */
export function mostNamedPerson(index: NameIndex): SpeakerGuess | null {
  if (index.actors.length > 0) {
    let top: Actor | null = null;
    for (const actor of index.actors) {
      if (actor.type === 'person' && actor.mentions.length >= MIN_FOCUS_MENTIONS && (!top || actor.mentions.length > top.mentions.length)) top = actor;
    }
    return top ? { name: top.name, kind: 'name', person: true, plural: false } : null;
  }
  let best: string | null = null;
  let count = 0;
  for (const [surname, n] of index.surnameCounts) {
    if (n > count && index.fullNames.has(surname)) {
      best = surname;
      count = n;
    }
  }
  return best && count >= MIN_FOCUS_MENTIONS ? { name: index.fullNames.get(best)!, kind: 'name', person: true, plural: false } : null;
}

/** The speaker an attribution cue points to, with pronouns and definite descriptions resolved. */
export function resolveAttribution(attribution: Attribution, state: FocusState): SpeakerGuess | null {
  const sentence = sentenceIndexAt(state.doc, attribution.at);
  const source = attribution.source;
  if (source.type === 'subject') return resolveSubjectSpeaker(source.from, source.to, sentence, state);
  if (source.phrase.kind === 'pronoun') return resolvePronounSpeaker(source.phrase.text, sentence, source.phrase.start, state);
  return resolveDefiniteDescription(guessFromPhrase(source.phrase, state.index), sentence, source.phrase.start, state);
}

/**
 * Verbs that make a sentence someone's statement ("Doe said the talks failed"); not
 * "asked" (the answer is someone else's) nor "reported"/"called" ("reported to him").
 */
const REPORTING_CUES: ReadonlySet<string> = new Set([...REPORTING_VERBS, 'according to']);

/**
 * reporterOfSentence: who says something in sentence s, a sentence without
 * quotation marks ("Later, the minister, Jane Doe, told parliament the deficit
 * would shrink." → Jane Doe). A pronoun subject is resolved only when
 * `pronouns` (callers resolving a pronoun themselves pass false).
 */
export function reporterOfSentence(state: FocusState, s: number, pronouns: boolean): SpeakerGuess | null {
  const span = state.doc.sentences[s];
  if (!span) return null;
  if (!pronouns && state.reporters.has(s)) return state.reporters.get(s)!;
  let guess: SpeakerGuess | null = null;
  if (!/["“”„«»]/.test(state.doc.text.slice(span.start, span.end))) {
    const attribution = findCueBefore(state.doc.text, span.start, span.end);
    const pronoun = attribution?.source.type === 'phrase' && attribution.source.phrase.kind === 'pronoun';
    if (attribution && REPORTING_CUES.has(attribution.cue.toLowerCase()) && (pronouns || !pronoun)) {
      const found = resolveAttribution(attribution, state);
      if (found && found.kind !== 'pronoun' && (found.person || found.kind === 'name')) guess = found;
    }
  }
  if (!pronouns) state.reporters.set(s, guess);
  return guess;
}

/** resolveSubjectSpeaker: the subject of the reporter's sentence, with pronouns and definite descriptions resolved. */
export function resolveSubjectSpeaker(from: number, to: number, sentence: number, state: FocusState): SpeakerGuess | null {
  const tokens = tokenize(state.doc.text, from, to);
  const phrase = sentenceSubject(tokens, state.doc.text);
  if (!phrase) return null;
  if (phrase.kind === 'pronoun') return resolvePronounSpeaker(phrase.text, sentence, phrase.start, state);
  return resolveDefiniteDescription(guessFromPhrase(phrase, state.index), sentence, phrase.start, state);
}

/** Abbreviated titles as the actors stage records roles ("Gov.") → the noun a description uses. */
const ROLE_ABBREVIATIONS: Record<string, string> = {
  gov: 'governor', sen: 'senator', rep: 'representative', gen: 'general', prof: 'professor', dr: 'doctor',
  cmdr: 'commander', lt: 'lieutenant', col: 'colonel', capt: 'captain', adm: 'admiral', sgt: 'sergeant',
};
/** "the 56-year-old", "the 34-year-old striker": an age refers back to the person in focus. */
const AGE_DESCRIPTION = /^the \d+-year-old(?: \p{L}+)?$/iu;

function roleWords(role: string): string[] {
  return normalizedWords(role).map((w) => ROLE_ABBREVIATIONS[w.replace(/\.$/, '')] ?? w.replace(/\.$/, ''));
}

/**
 * resolveDefiniteDescription: "the governor" → the one person actor holding
 * that role ("Gov. Jane Doe"); "the 56-year-old" → the person in focus.
 * Indefinite and plural descriptions ("a witness", "officials") stay as written.
 */
export function resolveDefiniteDescription(guess: SpeakerGuess, sentence: number, at: number, state: FocusState): SpeakerGuess {
  if (guess.kind !== 'description' || guess.plural) return guess;
  const written = guess.name.trim();
  if (!/^the /i.test(written)) return guess;
  if (AGE_DESCRIPTION.test(written)) return resolvePronounSpeaker(PERSON_IN_FOCUS, sentence, at, state) ?? guess;
  const words = normalizedWords(written);
  if (words.length !== 2 && !(words.length === 3 && words[1] === 'former')) return guess;
  const head = words[words.length - 1]!;
  if (!TITLES.has(head) && !PERSON_NOUNS.has(head)) return guess;
  let holder: Actor | null = null;
  for (const actor of state.index.actors) {
    if (actor.type !== 'person' || !actor.roles.some((r) => roleWords(r).includes(head))) continue;
    if (holder) return guess; // two holders: the description does not say which
    holder = actor;
  }
  return holder ? { name: holder.name, kind: 'name', person: true, plural: false } : guess;
}

/** "Fiona Doe" written for the actor "Eloise Doe" (a merge of two relatives): keep the name as written. */
function otherFirstName(written: string, actorName: string): boolean {
  const a = written.trim().split(/\s+/).map(wordKey);
  const b = actorName.trim().split(/\s+/).map(wordKey);
  return a.length >= 2 && a.length === b.length && a[0] !== b[0] && a[a.length - 1] === b[b.length - 1]
    && !TITLES.has(a[0]!) && !DETERMINERS.has(a[0]!);
}

/**
 * linkSpeakerToActor: when the speaker names a known actor (full name, a
 * mention's text, or a lone surname of a person), point at it and use its
 * full name. A full name never links by surname alone ("Fiona Doe" is not
 * "Eloise Doe").
 */
export function linkSpeakerToActor(guess: SpeakerGuess, actors: readonly Actor[] | ActorLookup): Speaker {
  const lookup = 'byText' in actors ? actors : buildActorLookup(actors);
  const exact = lookup.byText.get(normalizeForMatch(guess.name));
  if (exact && !otherFirstName(guess.name, exact.name)) return { name: personalName(exact), actorId: exact.id };
  const single = guess.kind === 'name' && !/\s/.test(guess.name.trim());
  const bySurname = single ? lookup.personsBySurname.get(surnameOf(guess.name) ?? '')?.[0] : undefined;
  if (bySurname) return { name: personalName(bySurname), actorId: bySurname.id };
  return { name: guess.name, actorId: null };
}

/** A person actor named with a title ("Prosecutor Jane Doe") speaks as "Jane Doe"; the actor keeps the title. */
function personalName(actor: Actor): string {
  if (actor.type !== 'person') return actor.name;
  const bare = stripTitles(actor.name);
  return bare.split(/\s+/).length >= 2 ? bare : actor.name;
}
