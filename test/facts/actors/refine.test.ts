import { describe, expect, it } from 'vitest';
import { shortNamesOf, surnameOf } from '../../../src/facts/actors/refine.js';

describe('surnameOf', () => {
  it('skips suffixes and keeps particles', () => {
    expect(surnameOf('Paul Renner Jr.')).toBe('Renner');
    expect(surnameOf('Karim bin Tahar')).toBe('bin Tahar');
    expect(surnameOf('Ahmad al-Rashid')).toBe('al-Rashid');
  });
});

describe('shortNamesOf', () => {
  it('drops corporate and generic tails', () => {
    expect(shortNamesOf('Lumen Harbor Co.')).toEqual(['Lumen Harbor', 'Harbor']);
    expect(shortNamesOf('Quillon Media')).toEqual(['Quillon']);
    expect(shortNamesOf('Quillon Review')).toEqual([]);
  });
});
