// Speakers linked to actors (src/facts/quotes/speakers/actor-lookup.ts).
import { describe, expect, it } from 'vitest';
import { linkSpeakerToActor } from '../../../../src/facts/quotes/speakers/index.js';
import { speakerWithFoundActors } from '../helpers.js';

describe('linkSpeakerToActor: titles stay with the actor', () => {
  it('names a titled person actor without the title', () => {
    expect(speakerWithFoundActors('Prosecutor Jonas Petraitis said the verdict sent a message. “Nobody is above the law,” he said.', 'Nobody')).toBe('Jonas Petraitis');
    expect(speakerWithFoundActors('“We will not retreat,” said Lieutenant Colonel Dmytro Savchuk.', 'We will not')).toBe('Dmytro Savchuk');
  });
});
