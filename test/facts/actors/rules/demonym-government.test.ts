import { describe, expect, it } from 'vitest';
import { demonymGovernment } from '../../../../src/facts/actors/rules/demonym-government.js';
import { actorsOf, claimOf, find } from '../helpers.js';

describe('demonymGovernment', () => {
  it('makes a demonym before a government noun the country', () => {
    const [c] = claimOf(demonymGovernment, 'On Tuesday Peruvian authorities closed the port.', 'Peruvian')!;
    expect(c).toMatchObject({ rule: 'demonymGovernment', type: 'country', name: 'Peru', mention: { text: 'Peruvian authorities' } });
  });
  it('makes a demonym before an acting collective a group of that country', () => {
    const [g] = claimOf(demonymGovernment, 'Later Chilean troops crossed the river.', 'Chilean')!;
    expect(g).toMatchObject({ rule: 'demonymGroup', type: 'group', name: 'Chilean troops', affiliation: 'Chile' });
  });
  it('passes on a demonym before any other word', () => {
    expect(claimOf(demonymGovernment, 'Later Chilean wine sold well.', 'Chilean')).toBeNull();
  });
  it('emits demonym-led acting collectives as groups', () => {
    const actors = actorsOf('Later Kenyan troops withdrew, and jihadist groups moved into the area.');
    expect(find(actors, 'Kenyan troops')).toMatchObject({ type: 'group', affiliation: 'Kenya' });
  });
});
