/**
 * Speaker resolution: the phrase an attribution cue points at, turned into a
 * speaker and linked to an actor. The steps, in the order a cue's phrase
 * meets them (see resolveAttribution in resolve.ts):
 *
 *   1. a name written in the cue clause: titles stripped, a surname expanded
 *      to the full name written earlier (named-speaker.ts, name-index.ts);
 *   2. a description ("one of the instructors", "the report"): kept as
 *      written (named-speaker.ts), unless
 *   3. it is definite and the text links it to one named person ("the
 *      governor" → the one actor with that role; "the 56-year-old" → the
 *      person in focus) (definite-description.ts);
 *   4. a pronoun: the antecedents before it (subjects, attribution speakers,
 *      reporters; none inside quotation marks) gathered in resolve.ts and
 *      ranked by the salience model (pronoun-salience.ts: agreement, recency
 *      in its paragraph, the last speaker of an earlier paragraph), then the
 *      person most named (person-in-focus.ts);
 *   5. the guess linked to an actor's id and full name (actor-lookup.ts),
 *      then named as the attribution writes it (name-as-written.ts).
 *
 * The order matters because each later step only sees what the earlier ones
 * could not settle: a written name is never second-guessed by salience, and a
 * pronoun never resolves to a description when a name fits.
 */
export { buildActorLookup, linkSpeakerToActor } from './actor-lookup.js';
export { genderOfPerson } from './gender.js';
export { nameAsWritten } from './name-as-written.js';
export { buildNameIndex, isPersonName } from './name-index.js';
export { guessFromPhrase, resolveDescriptionSpeaker, resolveNamedSpeaker } from './named-speaker.js';
export { stripTitles } from './names.js';
export { mostNamedPerson } from './person-in-focus.js';
export { reporterOfSentence, resolveAttribution, resolveDefiniteDescription, resolvePronounSpeaker, resolveSubjectSpeaker } from './resolve.js';
export { fits, rankAntecedents, type Antecedent, type AntecedentRole } from './pronoun-salience.js';
export { PERSON_IN_FOCUS, type ActorLookup, type FocusState, type Gender, type NameIndex, type SpeakerGuess } from './types.js';
