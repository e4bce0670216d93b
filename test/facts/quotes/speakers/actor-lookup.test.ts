// Speakers linked to actors (src/facts/quotes/speakers/actor-lookup.ts).
import { describe, expect, it } from 'vitest';
import { extractActors } from '../../../../src/facts/actors/index.js';
import { linkSpeakerToActor } from '../../../../src/facts/quotes/speakers/index.js';
import { createTextDocument } from '../../../../src/facts/text/document.js';

const guess = (name: string) => ({ name, kind: 'name' as const, person: true, plural: false });

describe('linkSpeakerToActor: titles stay with the actor', () => {
  it('names a titled person actor without the title', () => {
    for (const [text, bare] of [
      ['Prosecutor Jonas Petraitis said the verdict sent a message. “Nobody is above the law,” he said.', 'Jonas Petraitis'],
      ['“We will not retreat,” said Lieutenant Colonel Dmytro Savchuk.', 'Dmytro Savchuk'],
    ] as const) {
      const actors = extractActors(createTextDocument(text));
      const actor = actors.find((a) => a.type === 'person' && a.name.endsWith(bare))!;
      expect(linkSpeakerToActor(guess(actor.name), actors)).toEqual({ name: bare, actorId: actor.id });
    }
  });
});
