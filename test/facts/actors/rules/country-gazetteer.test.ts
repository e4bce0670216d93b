import { describe, expect, it } from 'vitest';
import { countryGazetteer } from '../../../../src/facts/actors/rules/country-gazetteer.js';
import { claimOf } from '../helpers.js';

describe('countryGazetteer', () => {
  it('finds countries by alias', () => {
    expect(claimOf(countryGazetteer, 'Aid from the U.K. arrived.', 'U.K.')![0]).toMatchObject({ type: 'country', name: 'United Kingdom' });
  });
  it('extends the mention over a government noun after the name', () => {
    expect(claimOf(countryGazetteer, 'Officials said the Peru government would reply.', 'Peru')![0]!.mention.text).toBe('Peru government');
  });
  it('passes on a name that is no country', () => {
    expect(claimOf(countryGazetteer, 'The fund sent Halvor Brandt a letter.', 'Halvor Brandt')).toBeNull();
  });
});
