import { describe, expect, it } from 'vitest';
import { singleWordOrganization } from '../../../../src/facts/actors/rules/single-word-organization.js';
import { claimOf, names } from '../helpers.js';

describe('singleWordOrganization', () => {
  it('takes a single acting or camel-case word as an organization', () => {
    expect(claimOf(singleWordOrganization, 'Yesterday Zelvo said it would appeal.', 'Zelvo')![0]!.type).toBe('organization');
    expect(claimOf(singleWordOrganization, 'an offer from DataHive arrived.', 'DataHive')![0]!.type).toBe('organization');
    expect(claimOf(singleWordOrganization, 'a photo of Kestrel at dawn.', 'Kestrel')).toEqual([]);
  });
  it('still takes an acting unknown word', () => {
    expect(claimOf(singleWordOrganization, 'Yesterday Zorvex said it would hire.', 'Zorvex')![0]!.type).toBe('organization');
  });
  it('claims every run it sees: a multi-word run without cues is rejected, never passed on', () => {
    expect(claimOf(singleWordOrganization, 'A song called Velvet Harbor Nights played.', 'Velvet Harbor Nights')).toEqual([]);
  });
  it('is the one last-resort rule: its rejections stay undecided', () => {
    expect(singleWordOrganization.lastResort).toBe(true);
  });
  it('drops planets and products named before a product noun', () => {
    expect(names('Scientists said Europa has an ocean. Europa is cold, and Europa has ice.')).not.toContain('Europa');
    expect(names('The air force bought Harrow jets. The Harrow fighter is fast; Harrow jets fly low. Harrow has radar.')).not.toContain('Harrow');
  });
  it('drops a ship named after its prefix, also when later written without it', () => {
    expect(names('The destroyer JS Kirisame sailed, and officials said the Kirisame was on patrol. The Kirisame has radar.')).not.toContain('Kirisame');
  });
});
