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
  it('reads an appositive only where it describes the run', () => {
    // The body named after the class noun is the subject of what follows, not the person before the comma.
    expect(claimOf(organizationShape, 'Police held the writer Doran Welk, the Oslo-based rights group Free Pen said.', 'Doran Welk')).toBeNull();
    // A body that only modifies a role: the appositive is a person's.
    expect(claimOf(organizationShape, 'Welk, a former army secretary of the Zorvian state, was freed.', 'Welk')).toBeNull();
    // A verb with no article: the words after the comma are the run's predicate.
    expect(claimOf(organizationShape, 'The commander of the garrison, General Doran Welk, took a group of reporters north.', 'General Doran Welk')).toBeNull();
    // The class noun inside a complement still describes the run.
    expect(claimOf(organizationShape, 'Shares in Tarvex, a unit of conglomerate Holm Group, rose.', 'Tarvex')![0]!.type).toBe('organization');
  });
  it('takes a class noun before a name as an organization', () => {
    expect(find(actorsOf('The drones came from Turkish manufacturer Baykon on Monday.'), 'Baykon')?.type).toBe('organization');
    expect(find(actorsOf('He was quoted by the state news agency Pelita on Monday.'), 'Pelita')?.type).toBe('organization');
  });
  it('passes on a name without any organization cue', () => {
    expect(claimOf(organizationShape, 'The crowd greeted Mirela Tosk warmly.', 'Mirela Tosk')).toBeNull();
  });
});
