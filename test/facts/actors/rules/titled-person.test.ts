import { describe, expect, it } from 'vitest';
import { titledPerson } from '../../../../src/facts/actors/rules/titled-person.js';
import { actorsOf, claimOf, find, names } from '../helpers.js';

describe('titledPerson', () => {
  it('splits title, name and a demonym affiliation', () => {
    const [p] = claimOf(titledPerson, 'Yesterday Moldovan Prime Minister Dorin Vasile spoke.', 'Moldovan Prime Minister Dorin Vasile')!;
    expect(p).toMatchObject({ type: 'person', name: 'Dorin Vasile', roles: ['Prime Minister'], affiliation: 'Moldova' });
  });
  it('reads abbreviated titles', () => {
    const [p] = claimOf(titledPerson, 'A letter from Sen. Maura Quill arrived.', 'Sen. Maura Quill')!;
    expect(p).toMatchObject({ name: 'Maura Quill', roles: ['Sen.'] });
  });
  it('takes a party word before the title as the affiliation', () => {
    const out = claimOf(titledPerson, 'Later Republican Gov. Tom Avery left.', 'Republican Gov. Tom Avery')!;
    expect(out[0]).toMatchObject({ name: 'Tom Avery', affiliation: 'Republican Party' });
    expect(out[1]).toMatchObject({ type: 'organization', name: 'Republican Party' });
  });
  it('passes on a run with no name after the title', () => {
    expect(claimOf(titledPerson, 'He met the Prime Minister today.', 'Prime Minister')).toBeNull();
  });
  it('gives an honorific no role', () => {
    expect(claimOf(titledPerson, 'A reply from Ms. Ilka Haverman came late.', 'Ms. Ilka Haverman')![0]).toMatchObject({ name: 'Ilka Haverman', roles: [] });
  });
  it('makes a country before the title a candidate of its own', () => {
    const out = claimOf(titledPerson, 'On Monday Peru President Lidia Carvajo arrived.', 'Peru President Lidia Carvajo')!;
    expect(out.map((c) => [c.type, c.name])).toEqual([['person', 'Lidia Carvajo'], ['country', 'Peru']]);
    expect(out[0]!.affiliation).toBe('Peru');
  });
  it('reads a title with a portfolio before the name', () => {
    const [p] = claimOf(titledPerson, 'On Monday Secretary of State Marla Quentin Ross arrived.', 'Secretary of State Marla Quentin Ross')!;
    expect(p).toMatchObject({ name: 'Marla Quentin Ross', roles: ['Secretary of State'] });
    const [q] = claimOf(titledPerson, 'Then Minister of Foreign Affairs Ana Lucia Ferreira spoke.', 'Minister of Foreign Affairs Ana Lucia Ferreira')!;
    expect(q).toMatchObject({ name: 'Ana Lucia Ferreira' });
  });
  it('keeps "Cabinet Secretary" a title', () => {
    expect(claimOf(titledPerson, 'Later Defence Cabinet Secretary Rose Kamau spoke.', 'Defence Cabinet Secretary Rose Kamau')![0]!.name).toBe('Rose Kamau');
  });
  it('does not extend a title\'s portfolio with a second complement', () => {
    expect(names('The Minister of Defence of Veldoria Anton Kreel resigned.')).not.toContain('Minister of Defence of Veldoria Anton Kreel');
  });
});

describe('military staffs and a chief\'s command', () => {
  it('reads "the General Staff" as an organization, never a person called Staff', () => {
    const actors = actorsOf('The General Staff of the Armed Forces of Norland said 30 drones were shot down overnight.');
    expect(find(actors, 'General Staff')?.type).toBe('organization');
    expect(actors.some((a) => a.type === 'person')).toBe(false);
  });
  it('keeps a chief\'s command in the role and the name after it', () => {
    expect(find(actorsOf('Chief of the General Staff Oleg Varnov visited the front on Friday.'), 'Oleg Varnov')).toMatchObject({
      type: 'person', roles: ['Chief of the General Staff'],
    });
    expect(find(actorsOf('Chief of Police Anna Berg said two men were held.'), 'Anna Berg')).toMatchObject({
      type: 'person', roles: ['Chief of Police'],
    });
  });
});

describe('compound titles', () => {
  const roleOf = (text: string, name: string): { roles: string[]; affiliation: string | null } => {
    const a = find(actorsOf(text), name);
    if (!a) throw new Error(`no actor ${name}`);
    return { roles: a.roles, affiliation: a.affiliation };
  };
  it('keeps a portfolio with its title, not as an affiliation', () => {
    expect(roleOf('Defense Minister Tomas Varga said the talks would go on.', 'Tomas Varga')).toEqual({ roles: ['Defense Minister'], affiliation: null });
    expect(roleOf('On Monday Deputy Foreign Minister Otto Kern flew home.', 'Otto Kern')).toEqual({ roles: ['Deputy Foreign Minister'], affiliation: null });
  });
  it('keeps a rank with its title, also at a sentence start', () => {
    expect(roleOf('Rear Admiral Ilsa Brandt commands the fleet.', 'Ilsa Brandt')).toEqual({ roles: ['Rear Admiral'], affiliation: null });
    expect(roleOf('The fleet, led by Vice Admiral Kai Moss, sailed.', 'Kai Moss')).toEqual({ roles: ['Vice Admiral'], affiliation: null });
  });
  it('still reads a country or an organization before the whole title', () => {
    expect(roleOf('Russian Defense Minister Piet Aalto spoke.', 'Piet Aalto')).toEqual({ roles: ['Defense Minister'], affiliation: 'Russia' });
    expect(roleOf('Yesterday Acme Corp. Chief Executive Jane Roe agreed.', 'Jane Roe').affiliation).toBe('Acme Corp.');
  });
  it('leaves no title word behind as an actor of its own', () => {
    expect(names('Defense Minister Tomas Varga said the talks would go on.')).toEqual(['Tomas Varga']);
  });
});
