import { describe, expect, it } from 'vitest';
import { organizationShape } from '../../../../src/facts/actors/rules/organization-shape.js';
import { actorsOf, claimOf, find } from '../helpers.js';

describe('organizationShape', () => {
  it('recognizes head nouns, complements, a mid-sentence The and class nouns', () => {
    expect(claimOf(organizationShape, 'Officials at the Latvian Interior Ministry said so.', 'Latvian Interior Ministry')![0]!.type).toBe('organization');
    expect(claimOf(organizationShape, 'a probe by the Bureau of Fisheries found it.', 'Bureau of Fisheries')![0]!.type).toBe('organization');
    expect(claimOf(organizationShape, 'as reported by The Morning Ledger on Sunday.', 'The Morning Ledger')![0]!.name).toBe('The Morning Ledger');
    expect(claimOf(organizationShape, 'footage from the Radio Kalo broadcaster showed it.', 'Radio Kalo')![0]!.name).toBe('Radio Kalo');
    expect(claimOf(organizationShape, 'a deal with Zentrix Corp. last year.', 'Zentrix Corp.')![0]!.type).toBe('organization');
  });
  it('keeps a government noun in the name', () => {
    expect(claimOf(organizationShape, 'the Karelia government said no.', 'Karelia')![0]!.name).toBe('Karelia government');
  });
  it('recognizes an organization appositive', () => {
    expect(claimOf(organizationShape, 'He joined Harakat al-Nur, an armed group based in the hills.', 'Harakat al-Nur')![0]!.type).toBe('organization');
  });
  it('takes a class noun before a name as an organization', () => {
    expect(find(actorsOf('The drones came from Turkish manufacturer Baykon on Monday.'), 'Baykon')?.type).toBe('organization');
    expect(find(actorsOf('He was quoted by the state news agency Pelita on Monday.'), 'Pelita')?.type).toBe('organization');
  });
  it('passes on a name without any organization cue', () => {
    expect(claimOf(organizationShape, 'The crowd greeted Mirela Tosk warmly.', 'Mirela Tosk')).toBeNull();
  });
});
