/** The document's actors, indexed once for speaker resolution, and speakers linked back to them. */
import type { Actor, Speaker } from '../../../schema.js';
import { normalizeForMatch } from '../../text/normalize.js';
import { DETERMINERS, TITLES } from '../lexicon.js';
import { genderOfPerson } from './gender.js';
import { stripTitles, surnameOf, wordKey } from './names.js';
import type { ActorLookup, Gender, SpeakerGuess } from './types.js';

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

export function isPersonActor(name: string, lookup: ActorLookup): boolean {
  const actor = lookup.byText.get(normalizeForMatch(name)) ?? lookup.personsBySurname.get(surnameOf(name) ?? '')?.[0];
  return actor?.type === 'person';
}

/** The gender the text shows for a named speaker, when it names a person actor. */
export function genderOfGuess(guess: SpeakerGuess, lookup: ActorLookup): Gender | null {
  if (guess.kind !== 'name' || lookup.genders.size === 0) return null;
  const actor = lookup.byText.get(normalizeForMatch(guess.name)) ?? lookup.personsBySurname.get(surnameOf(guess.name) ?? '')?.[0];
  return actor ? lookup.genders.get(actor.id) ?? null : null;
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
