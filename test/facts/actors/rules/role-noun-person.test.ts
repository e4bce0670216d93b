import { describe, expect, it } from 'vitest';
import { roleNounPerson } from '../../../../src/facts/actors/rules/role-noun-person.js';
import { actorsOf, claimOf } from '../helpers.js';

describe('roleNounPerson', () => {
  it('reads a name after a lower-case noun of play as a person, one word or more', () => {
    expect(claimOf(roleNounPerson, 'The manager sent on closer Jem Hollard to finish the game.', 'Jem Hollard')![0]).toMatchObject({ type: 'person', name: 'Jem Hollard', roles: ['closer'] });
    expect(claimOf(roleNounPerson, 'The goal came from midfielder Oskarno after the break.', 'Oskarno')![0]).toMatchObject({ type: 'person', name: 'Oskarno' });
  });
  it('keeps the particles of a family name', () => {
    expect(claimOf(roleNounPerson, 'The side relied on scrum-half Joop van der Merwald all game.', 'Joop van der Merwald')![0]!.name).toBe('Joop van der Merwald');
  });
  it('reads one word after an office noun as a person, but not after nouns a body also follows', () => {
    expect(claimOf(roleNounPerson, 'Aid was promised by president Halvorsk on Monday.', 'Halvorsk')![0]!.type).toBe('person');
    expect(claimOf(roleNounPerson, 'The deal was signed with partner Zelvotek on Monday.', 'Zelvotek')).toBeNull();
  });
  it('passes on a team named after its town and on common words', () => {
    expect(claimOf(roleNounPerson, 'The game went to closer Atlanta Hawks late.', 'Atlanta Hawks')).toBeNull();
    expect(claimOf(roleNounPerson, 'The pass went to striker Hope late.', 'Hope')).toBeNull();
  });
  it('makes the lone name a person in the article', () => {
    const actors = actorsOf('The goal came from midfielder Oskarno after the break. Oskarno said the win was deserved, and Oskarno thanked the fans.');
    expect(actors.find((a) => a.name === 'Oskarno')?.type).toBe('person');
  });
});
