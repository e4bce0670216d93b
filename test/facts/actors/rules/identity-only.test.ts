import { describe, expect, it } from 'vitest';
import { identityOnly } from '../../../../src/facts/actors/rules/identity-only.js';
import { claimOf } from '../helpers.js';

describe('identityOnly', () => {
  it('drops demonyms and identity words', () => {
    expect(claimOf(identityOnly, 'Many Bolivians and Catholics joined.', 'Bolivians')).toEqual([]);
  });
  it('drops hyphenated identities', () => {
    expect(claimOf(identityOnly, 'Several Chilean-Peruvian families moved.', 'Chilean-Peruvian')).toEqual([]);
  });
  it('passes on a name', () => {
    expect(claimOf(identityOnly, 'The prize went to Ossian Valde.', 'Ossian Valde')).toBeNull();
  });
});
