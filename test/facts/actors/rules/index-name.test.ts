import { describe, expect, it } from 'vitest';
import { namesAnIndex } from '../../../../src/facts/actors/rules/index-name.js';
import { names } from '../helpers.js';

const endOf = (text: string, name: string): number => text.indexOf(name) + name.length;

describe('namesAnIndex', () => {
  it('reads a name before index words as part of an index', () => {
    const text = 'The Velmora composite index rose, and the Harlan 100 index fell.';
    expect(namesAnIndex(text, endOf(text, 'Velmora'))).toBe(true);
    expect(namesAnIndex(text, endOf(text, 'Harlan'))).toBe(true);
    const average = 'Later the Quillon Brothers industrial average set a record.';
    expect(namesAnIndex(average, endOf(average, 'Quillon Brothers'))).toBe(true);
  });
  it('leaves a name that acts', () => {
    const text = 'Velmora said on Monday that listings rose.';
    expect(namesAnIndex(text, endOf(text, 'Velmora'))).toBe(false);
  });
  it('keeps the index off the organizations, not the body acting', () => {
    expect(names('The World Bank price index fell on Friday.')).not.toContain('World Bank');
    expect(names('The World Bank said on Friday it would lend more.')).toContain('World Bank');
  });
});
