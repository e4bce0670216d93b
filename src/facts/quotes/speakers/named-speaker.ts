/** A speaker written as a name or a description, before pronouns and definite descriptions are resolved. */
import { normalizedWords } from '../../text/normalize.js';
import { DETERMINERS, ORGANIZATION_WORDS, PERSON_NOUNS } from '../lexicon.js';
import type { Phrase } from '../phrases.js';
import { personActorEnding, isPersonName } from './name-index.js';
import { hasOrganizationWord, stripTitles, surnameOf } from './names.js';
import type { NameIndex, SpeakerGuess } from './types.js';

/**
 * resolveNamedSpeaker: "Mr. Doe" → "Jane Doe" when the full name was written before.
 * `withRole` is the name with the role words written before it ("campaign manager Jane Doe"),
 * kept as the written form.
 */
export function resolveNamedSpeaker(written: string, index: NameIndex, withRole?: string): SpeakerGuess {
  const asWritten = (withRole ?? written).trim().replace(/['’]s$/, '');
  const known = personActorEnding(written, index);
  if (known) return { name: known.name, kind: 'name', person: true, plural: false, written: asWritten };
  const name = stripTitles(written);
  const words = name.split(/\s+/);
  const surname = surnameOf(name);
  const full = words.length === 1 && surname ? index.fullNames.get(surname) : undefined;
  const person = isPersonName(written, index);
  return { name: full ?? name, kind: 'name', person, plural: !person && hasOrganizationWord(name), written: asWritten };
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
  if (phrase.kind === 'name') return resolveNamedSpeaker(phrase.text, index, phrase.withRole);
  if (phrase.kind === 'description') return resolveDescriptionSpeaker(phrase.text);
  return { name: phrase.text, kind: 'pronoun', person: false, plural: false };
}
