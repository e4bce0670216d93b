import { describe, expect, it } from 'vitest';
import { placeOnly } from '../../../../src/facts/actors/rules/place-only.js';
import { claimOf } from '../helpers.js';

describe('placeOnly', () => {
  it('drops places after a locative preposition or before a place noun', () => {
    expect(claimOf(placeOnly, 'They lived in Verbrook for years.', 'Verbrook')).toEqual([]);
    expect(claimOf(placeOnly, 'the Verbrook region is dry.', 'Verbrook')).toEqual([]);
  });
  it('drops names ending in a place head', () => {
    expect(claimOf(placeOnly, 'Boats crossed the Kessel River at dawn.', 'Kessel River')).toEqual([]);
  });
  it('keeps a person after "in" when the cues say person', () => {
    expect(claimOf(placeOnly, 'There was interest in Mara Lind, a teacher at the school, last year.', 'Mara Lind')).toBeNull();
  });
});
