import { describe, expect, it } from 'vitest';
import { acronymDefinitions, initialsMatch } from '../../../../src/facts/actors/rules/acronym-definitions.js';
import { actorsOf, find, names } from '../helpers.js';

describe('acronymDefinitions', () => {
  it('reads acronym definitions', () => {
    expect(acronymDefinitions('members of the Ostrava Dockworkers Union (ODU) struck').get('ODU')).toBe('Ostrava Dockworkers Union');
  });
  it('reads inner capitals, a skipped word, foreign initials and "known by its initials"', () => {
    const defs = acronymDefinitions(
      'A deal with SkyHarbor Launch Services (SHLS) stalled. Officials at Veltria’s National Mapping and Survey Office (BPK) agreed. '
      + 'The Office of the Regional Commissioner for Water (ORCW) objected. The Veltrian Navy, known by its local initials MVL, sailed.',
    );
    expect(defs.get('SHLS')).toBe('SkyHarbor Launch Services');
    expect(defs.get('BPK')).toBe('National Mapping and Survey Office');
    expect(defs.get('ORCW')).toBe('Office of the Regional Commissioner for Water');
    expect(defs.get('MVL')).toBe('Veltrian Navy');
  });
  it('merges the defined acronym into the organization', () => {
    const actors = actorsOf('The Veltrian Navy, known by its local initials MVL, sailed on Monday. MVL ships returned later.');
    expect(actors.filter((a) => a.type === 'organization').map((a) => a.name)).toEqual(['Veltrian Navy']);
  });
  it('does not read a name across a sentence end or paragraph break', () => {
    const text = 'Talks resumed in May.\n\nThe Nordic Rowing Union (URN) banned two clubs. Later in July. The Alpine Skating Board (SAB) met.';
    const defs = acronymDefinitions(text);
    expect(defs.get('URN')).toBe('Nordic Rowing Union');
    expect(defs.get('SAB')).toBe('Alpine Skating Board');
  });
  it('gives one actor for a body and its defined acronym, with every mention', () => {
    const text = 'Nothing changed in March.\n\nThe Nordic Rowing Union (URN) banned two clubs. The union said URN rules were clear.';
    const actors = actorsOf(text);
    expect(names(text)).toEqual(['Nordic Rowing Union']);
    expect(find(actors, 'Nordic Rowing Union')!.mentions.map((m) => m.text)).toEqual(['Nordic Rowing Union', 'URN', 'URN']);
  });
});

describe('initialsMatch', () => {
  it('matches plain initials, inner capitals and a plural s', () => {
    expect(initialsMatch(['Grand', 'Harbour', 'Authority'], 'GHA')).toBe(true);
    expect(initialsMatch(['SkyHarbor', 'Launch'], 'SHL')).toBe(true);
    expect(initialsMatch(['Grand', 'Harbour', 'Authority'], 'GHAS')).toBe(true);
    expect(initialsMatch(['Grand', 'Harbour', 'Authority'], 'GHB')).toBe(false);
  });
});
