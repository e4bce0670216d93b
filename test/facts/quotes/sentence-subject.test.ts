// The subject of a sentence as a speaker phrase (src/facts/quotes/phrases.ts).
import { describe, expect, it } from 'vitest';
import { sentenceSubject } from '../../../src/facts/quotes/phrases.js';
import { tokenize } from '../../../src/facts/quotes/tokens.js';

describe('sentenceSubject', () => {
  it('prefers an appositive name behind a role word and before a parenthesis', () => {
    const text = 'Fenn’s son, filmmaker Ivo Fenn (“The Pier”), also recalls it.';
    const phrase = sentenceSubject(tokenize(text, 0, text.length), text);
    expect(phrase?.text).toBe('Ivo Fenn');
  });
});
