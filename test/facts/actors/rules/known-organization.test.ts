import { describe, expect, it } from 'vitest';
import { knownOrganization } from '../../../../src/facts/actors/rules/known-organization.js';
import { actorsOf, claimOf, find } from '../helpers.js';

describe('knownOrganization', () => {
  it('knows international bodies without a head noun', () => {
    expect(claimOf(knownOrganization, 'Fighters loyal to Islamic State withdrew.', 'Islamic State')![0]!.name).toBe('Islamic State');
  });
  it('passes on a name the lexicon does not know', () => {
    expect(claimOf(knownOrganization, 'Fighters loyal to Varn Telco withdrew.', 'Varn Telco')).toBeNull();
  });
  it('lets the article redefine an acronym the lexicon knows', () => {
    const actors = actorsOf('The Armed Forces of Veltria (AFP) said on Monday that AFP patrols would continue.');
    expect(find(actors, 'Agence France-Presse')).toBeUndefined();
    expect(find(actors, 'Armed Forces of Veltria')!.mentions.map((m) => m.text)).toEqual(['Armed Forces of Veltria', 'AFP', 'AFP']);
  });
});

describe('knownOrganization names an actor as the article writes it', () => {
  it('keeps the written form when the full name never appears', () => {
    const actors = actorsOf('U.N. officials said on Monday that aid would resume. A U.N. convoy left.');
    expect(find(actors, 'U.N.')?.type).toBe('organization');
    expect(find(actors, 'United Nations')).toBeUndefined();
  });
  it('uses the full name when the article writes it, with its short forms merged', () => {
    const actors = actorsOf('Aid from the United Nations resumed on Monday. A U.N. convoy left.');
    expect(find(actors, 'United Nations')!.mentions.map((m) => m.text)).toEqual(['United Nations', 'U.N.']);
  });
});
