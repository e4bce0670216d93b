/** The person an article is about: the last resort for a speaker nobody introduced nearby. */
import type { Actor } from '../../../schema.js';
import { QUOTE_SETTINGS } from '../settings.js';
import type { NameIndex, SpeakerGuess } from './types.js';

/**
 * The person named most often: the last resort for a speaker nobody introduced
 * nearby. Only a person the actors stage found (when it found any): headlines
 * and sentence openers ("Black Friday", "Hey Twitter") look like names too.
 */
export function mostNamedPerson(index: Omit<NameIndex, 'mostNamed'>): SpeakerGuess | null {
  if (index.actors.length > 0) {
    let top: Actor | null = null;
    for (const actor of index.actors) {
      if (actor.type === 'person' && actor.mentions.length >= QUOTE_SETTINGS.minFocusMentions && (!top || actor.mentions.length > top.mentions.length)) top = actor;
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
  return best && count >= QUOTE_SETTINGS.minFocusMentions ? { name: index.fullNames.get(best)!, kind: 'name', person: true, plural: false } : null;
}
