import { describe, expect, it } from 'vitest';
import { opensSentence } from '../../../src/facts/dates/fronted.js';
import { pairs } from './helpers.js';

const words = (s: string) => s.split(' ').map((text) => ({ text }));

describe('opensSentence', () => {
  it('is true at the start of a sentence, after at most one preposition', () => {
    expect(opensSentence(words('in december the mill closed'), 1)).toBe(true);
    expect(opensSentence(words('december was cold'), 0)).toBe(true);
    expect(opensSentence(words('the mill closed in december'), 4)).toBe(false);
  });
});

describe('fronted time adverbial', () => {
  it('takes its tense from the main verb past a long fronted phrase', () => {
    const text = 'In December, two weeks after the fire at the old textile warehouse on the east bank of the river, a second blaze destroyed the depot.';
    expect(pairs(text, '2024-10-02')).toContainEqual(['December', '2023-12']);
  });
});
