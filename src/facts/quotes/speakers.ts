/**
 * Speaker resolution: turn the phrase a cue points at into a speaker name.
 * Names are cleaned of titles and expanded from a surname to the full name
 * written earlier; pronouns resolve to the nearest compatible subject or
 * speaker in the sentences before; descriptions stay as written.
 */
import type { Actor, Speaker } from '../../schema.js';
import type { TextDocument } from '../text/document.js';
import { normalizeForMatch, normalizedWords } from '../text/normalize.js';
import { NAME_SUFFIXES, ORGANIZATION_WORDS, PERSON_NOUNS, TITLES, DETERMINERS } from './lexicon.js';
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

/** Proper names seen in the document, for expanding "Doe" to "Jane Doe". */
export interface NameIndex {
  /** Surname (lower case) → the first full person name written with it, titles removed. */
  fullNames: Map<string, string>;
  /** Surname (lower case) → how often the person is named. */
  surnameCounts: Map<string, number>;
  actors: readonly Actor[];
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
      if (surname && !hasOrganizationWord(name) && (words >= 2 || titled)) {
        if (words >= 2 && !fullNames.has(surname)) fullNames.set(surname, name);
        surnameCounts.set(surname, (surnameCounts.get(surname) ?? 0) + 1);
      } else if (surname && words === 1 && !(i === 0 && sentenceInitial) && surnameCounts.has(surname)) {
        surnameCounts.set(surname, surnameCounts.get(surname)! + 1);
      }
      i = end;
    }
  }
  return { fullNames, surnameCounts, actors };
}

function actorFor(name: string, index: NameIndex): Actor | null {
  const norm = normalizeForMatch(name);
  if (!norm) return null;
  return actorsByNormalizedName(index.actors).get(norm) ?? null;
}

/**
 * Normalized name and mention texts → the first actor that has them, built
 * once per actor list: comparing every quote with every mention was quadratic
 * (a long interview with one speaker took minutes). Cached by list identity;
 * extraction never changes an actor list once made.
 */
const NAME_LOOKUPS = new WeakMap<readonly Actor[], Map<string, Actor>>();
function actorsByNormalizedName(actors: readonly Actor[]): Map<string, Actor> {
  let lookup = NAME_LOOKUPS.get(actors);
  if (!lookup) {
    lookup = new Map();
    for (const actor of actors) {
      for (const text of [actor.name, ...actor.mentions.map((m) => m.text)]) {
        const key = normalizeForMatch(text);
        if (!lookup.has(key)) lookup.set(key, actor);
      }
    }
    NAME_LOOKUPS.set(actors, lookup);
  }
  return lookup;
}

/** Is this proper name a person's? Actors decide when they know the name. */
export function isPersonName(name: string, index: NameIndex): boolean {
  const actor = actorFor(name, index);
  if (actor) return actor.type === 'person';
  if (hasOrganizationWord(name)) return false;
  const first = wordKey(name.split(/\s+/)[0] ?? '');
  if (TITLES.has(first)) return true;
  const stripped = stripTitles(name);
  if (stripped.split(/\s+/).length >= 2) return true;
  const surname = surnameOf(stripped);
  return surname !== null && index.fullNames.has(surname);
}

/** resolveNamedSpeaker: "Mr. Doe" → "Jane Doe" when the full name was written before. */
export function resolveNamedSpeaker(written: string, index: NameIndex): SpeakerGuess {
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

function fits(pronoun: string, guess: SpeakerGuess): 'best' | 'fallback' | null {
  if (guess.kind === 'pronoun') return null;
  switch (pronoun) {
    case 'he':
    case 'she':
    case 'i':
      if (!guess.person || guess.plural) return null;
      return guess.kind === 'name' ? 'best' : 'fallback';
    case 'it':
      return guess.person ? null : guess.kind === 'description' || guess.kind === 'name' ? 'best' : null;
    default: // they, we: a body or several people; a named body counts even when it looks like a name
      if (guess.plural || (guess.kind === 'name' && !guess.person)) return 'best';
      return guess.kind === 'name' || !guess.person ? 'fallback' : null;
  }
}

const FOCUS_SENTENCES = 8;

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
    const fit = fits(key, guess);
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
    const found = consider(state.recorded.get(s)) ?? consider(subjectOfSentence(state, s));
    if (found) return found;
  }
  if (fallback) return fallback;
  return key === 'he' || key === 'she' ? mostNamedPerson(state.index) : null;
}

/** The person named most often: the last resort for a speaker nobody introduced nearby. */
export function mostNamedPerson(index: NameIndex): SpeakerGuess | null {
  let best: string | null = null;
  let count = 0;
  for (const [surname, n] of index.surnameCounts) {
    if (n > count && index.fullNames.has(surname)) {
      best = surname;
      count = n;
    }
  }
  return best ? { name: index.fullNames.get(best)!, kind: 'name', person: true, plural: false } : null;
}

/** resolveSubjectSpeaker: the subject of the reporter's sentence, with pronouns resolved. */
export function resolveSubjectSpeaker(from: number, to: number, sentence: number, state: FocusState): SpeakerGuess | null {
  const tokens = tokenize(state.doc.text, from, to);
  const phrase = sentenceSubject(tokens, state.doc.text);
  if (!phrase) return null;
  if (phrase.kind === 'pronoun') return resolvePronounSpeaker(phrase.text, sentence, phrase.start, state);
  return guessFromPhrase(phrase, state.index);
}

/**
 * linkSpeakerToActor: when the speaker names a known actor (full name, a
 * mention's text, or a person's surname), point at it and use its full name.
 */
export function linkSpeakerToActor(guess: SpeakerGuess, actors: readonly Actor[]): Speaker {
  const norm = normalizeForMatch(guess.name);
  const surname = guess.kind === 'name' ? surnameOf(guess.name) : null;
  const named = actorsByNormalizedName(actors).get(norm);
  if (named) return { name: named.name, actorId: named.id };
  let bySurname: Actor | null = null;
  for (const actor of actors) {
    if (!bySurname && surname && actor.type === 'person' && surnameOf(actor.name) === surname) bySurname = actor;
  }
  if (bySurname) return { name: bySurname.name, actorId: bySurname.id };
  return { name: guess.name, actorId: null };
}
