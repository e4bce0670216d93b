/**
 * The salience model that resolves a pronoun speaker ("he said", "they
 * added"): which of the people and bodies the text has put forward the
 * pronoun points back to. resolve.ts gathers the antecedents, walking back
 * from the pronoun's sentence; this file ranks them:
 *
 *   1. agreement: he/she only a person of that gender where the text shows it
 *      (gender.ts), it/they a body or several people (`fits`);
 *   2. in the pronoun's own paragraph, the nearest antecedent first; within
 *      one sentence the speaker of its attribution, then its subject, then the
 *      one reporting in it;
 *   3. past a paragraph boundary, the speaker of that paragraph's last
 *      attribution first ("“…,” Doe said. Roe, a critic, disagreed. ¶ “…,” he
 *      said." → Doe): a new paragraph goes on with the one who spoke, and a
 *      subject mentioned after the quote does not take over; then the
 *      paragraph's other antecedents, nearest first;
 *   4. a name beats a description ("the official") anywhere in the window;
 *      a description that fits is the fallback.
 *
 * Words inside quotation marks are never antecedents (resolve.ts skips them):
 * a person named in a quote is not the one who says it.
 */
import { isPersonActor, genderOfGuess } from './actor-lookup.js';
import { PERSON_IN_FOCUS, type ActorLookup, type SpeakerGuess } from './types.js';

export type AntecedentRole = 'attribution' | 'subject' | 'reporter';

export interface Antecedent {
  guess: SpeakerGuess;
  role: AntecedentRole;
  /** Sentence and paragraph indexes of the mention. */
  sentence: number;
  paragraph: number;
}

/** How well a guess fits a pronoun: a first choice, a fallback (a description), or not at all. */
export function fits(pronoun: string, guess: SpeakerGuess, lookup: ActorLookup): 'best' | 'fallback' | null {
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

/**
 * rankAntecedents: the antecedent the pronoun points to, from `candidates`
 * listed in walk order (nearest sentence first; within a sentence
 * attribution, subject, reporter), or null when none fits. `paragraph` is the
 * pronoun's own paragraph.
 */
export function rankAntecedents(pronoun: string, paragraph: number, candidates: readonly Antecedent[], lookup: ActorLookup): SpeakerGuess | null {
  const key = pronoun.toLowerCase();
  let fallback: SpeakerGuess | null = null;
  let k = 0;
  while (k < candidates.length) {
    // One paragraph's candidates at a time: [k, end).
    const p = candidates[k]!.paragraph;
    let end = k;
    while (end < candidates.length && candidates[end]!.paragraph === p) end++;
    const group = candidates.slice(k, end);
    const ordered = p === paragraph ? group : [...group.filter((a) => a.role === 'attribution').slice(0, 1), ...group];
    for (const a of ordered) {
      const fit = fits(key, a.guess, lookup);
      if (fit === 'best') return a.guess;
      if (fit === 'fallback' && !fallback) fallback = a.guess;
    }
    k = end;
  }
  return fallback;
}
