import { describe, expect, it } from 'vitest';
import { capitalAsGovernment } from '../../../../src/facts/actors/rules/capital-as-government.js';
import { claimOf } from '../helpers.js';

describe('capitalAsGovernment', () => {
  it('folds a capital acting as a government into its country', () => {
    expect(claimOf(capitalAsGovernment, 'Later Ankara has rejected the offer.', 'Ankara')![0]).toMatchObject({ name: 'Turkey' });
    expect(claimOf(capitalAsGovernment, 'Relations with Ottawa improved.', 'Ottawa')![0]).toMatchObject({ name: 'Canada' });
  });
  it('treats a capital after a locative preposition as a place', () => {
    expect(claimOf(capitalAsGovernment, 'The talks were held in Ankara last week.', 'Ankara')).toEqual([]);
  });
  it('passes on a word that is no capital', () => {
    expect(claimOf(capitalAsGovernment, 'Relations with Quorvex improved.', 'Quorvex')).toBeNull();
  });
});
