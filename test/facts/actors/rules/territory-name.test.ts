import { describe, expect, it } from 'vitest';
import { organizationShape } from '../../../../src/facts/actors/rules/organization-shape.js';
import { isTerritoryName } from '../../../../src/facts/actors/rules/territory-name.js';
import { claimOf, runNamed, runsOf } from '../helpers.js';

describe('isTerritoryName', () => {
  it('reads a compass word before Bank as a territory, and a lender otherwise', () => {
    const { runs } = runsOf('Settlers moved to the West Bank while Harbour Bank lent them money.');
    expect(isTerritoryName(runNamed(runs, 'West Bank').tokens)).toBe(true);
    expect(isTerritoryName(runNamed(runs, 'Harbour Bank').tokens)).toBe(false);
  });
  it('keeps the head-noun rule off a territory', () => {
    expect(claimOf(organizationShape, 'Talks on the East Bank resumed on Monday.', 'East Bank')).toEqual([]);
    expect(claimOf(organizationShape, 'Loans from Harbour Bank resumed on Monday.', 'Harbour Bank')![0]!.type).toBe('organization');
  });
});
