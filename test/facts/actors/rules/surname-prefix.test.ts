import { describe, expect, it } from 'vitest';
import { hasSurnamePrefix } from '../../../../src/facts/actors/rules/surname-prefix.js';
import { singleWordOrganization } from '../../../../src/facts/actors/rules/single-word-organization.js';
import { actorsOf, claimOf } from '../helpers.js';

describe('surname prefixes', () => {
  it('tells a Gaelic or Norman surname from a brand with an inner capital', () => {
    expect(hasSurnamePrefix('McAlder')).toBe(true);
    expect(hasSurnamePrefix('MacKinnon')).toBe(true);
    expect(hasSurnamePrefix('FitzHenry')).toBe(true);
    expect(hasSurnamePrefix('DeskHub')).toBe(false);
    expect(hasSurnamePrefix('McDataCo')).toBe(false);
  });
  it('keeps such a surname from counting as a brand shape', () => {
    expect(claimOf(singleWordOrganization, 'The coach picked Brody, McAlder and Stanforth.', 'McAlder')).toEqual([]);
    expect(claimOf(singleWordOrganization, 'The coach picked Brody, DeskHub and Stanforth.', 'DeskHub')![0]!.type).toBe('organization');
  });
  it('lets a surname in a list of players be a person', () => {
    const actors = actorsOf('The squad reads:\nBraddle, Stanforth, Irwinson, McAlder, Hartling, Houghby, Pellow.');
    expect(actors.some((a) => a.name === 'McAlder' && a.type === 'organization')).toBe(false);
  });
});
