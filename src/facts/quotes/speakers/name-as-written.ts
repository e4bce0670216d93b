/**
 * nameAsWritten: a speaker linked to an actor is named as the attribution
 * writes it ("Mr. Doe said" → "Mr. Doe", "said Sen. Jane Doe" → "Sen. Jane Doe",
 * "said press secretary Jane Doe" → "press secretary Jane Doe": the role words too).
 *
 * Why: the attribution's own words are what a reader checks the quote
 * against, and the form quote-attribution annotation takes as the source;
 * the actor the speaker links to (actorId) keeps the full name, so nothing
 * is lost. A speaker that links to no actor keeps the fullest name the text
 * gives ("Doe" expanded to "Jane Doe"), since no other field holds it.
 */
import type { Speaker } from '../../../schema.js';
import type { SpeakerGuess } from './types.js';

export function nameAsWritten(guess: SpeakerGuess, linked: Speaker): Speaker {
  if (!linked.actorId || guess.kind !== 'name' || !guess.written) return linked;
  return { ...linked, name: guess.written };
}
