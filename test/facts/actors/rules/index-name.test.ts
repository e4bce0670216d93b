import { describe, expect, it } from 'vitest';
import { namesAnIndex } from '../../../../src/facts/actors/rules/index-name.js';
import { names } from '../helpers.js';

const endOf = (text: string, name: string): number => text.indexOf(name) + name.length;

describe('namesAnIndex', () => {
  it('reads a name before index words as part of an index', () => {
    const text = 'The Nasdaq composite index rose, and the Harlan 100 index fell.';
    expect(namesAnIndex(text, endOf(text, 'Nasdaq'))).toBe(true);
    expect(namesAnIndex(text, endOf(text, 'Harlan'))).toBe(true);
    const average = 'Later the Dow Jones industrial average set a record.';
    expect(namesAnIndex(average, endOf(average, 'Dow Jones'))).toBe(true);
  });
  it('leaves a name that acts', () => {
    const text = 'Nasdaq said on Monday that listings rose.';
    expect(namesAnIndex(text, endOf(text, 'Nasdaq'))).toBe(false);
  });
  it('keeps the index off the organizations, not the exchange acting', () => {
    expect(names('The Nasdaq composite index closed lower on Friday.')).not.toContain('Nasdaq');
    expect(names('Nasdaq said on Friday it would list the shares.')).toContain('Nasdaq');
  });
});
