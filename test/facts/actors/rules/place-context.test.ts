import { describe, expect, it } from 'vitest';
import { readsAsPlace } from '../../../../src/facts/actors/rules/place-context.js';
import { onRun } from '../helpers.js';

const reads = (text: string, name: string): boolean => onRun(text, name, readsAsPlace);

describe('readsAsPlace', () => {
  it('reads where a body is based as a place', () => {
    expect(reads('The rights group Open Door, a Zorvia-based charity, said so.', 'Zorvia')).toBe(true);
  });
  it('reads a known place after a preposition of location as a place', () => {
    expect(reads('The plane came down over Boston on Monday.', 'Boston')).toBe(true);
    expect(reads('He served as the bishop of Chicago for years.', 'Chicago')).toBe(true);
  });
  it('keeps a town that names its club', () => {
    expect(reads('On Saturday Boston beat the visitors 3-1.', 'Boston')).toBe(false);
    expect(reads('The striker joined Chicago last year.', 'Chicago')).toBe(false);
  });
});
