// The subject of a sentence as a speaker phrase (src/facts/quotes/phrases.ts).
import { describe, expect, it } from 'vitest';
import { sentenceSubject } from '../../../src/facts/quotes/sentence-subject.js';
import { tokenize } from '../../../src/facts/quotes/tokens.js';

describe('sentenceSubject', () => {
  it('prefers an appositive name behind a role word and before a parenthesis', () => {
    const text = 'Fenn’s son, filmmaker Ivo Fenn (“The Pier”), also recalls it.';
    const phrase = sentenceSubject(tokenize(text, 0, text.length), text);
    expect(phrase?.text).toBe('Ivo Fenn');
  });
});

describe('sentenceSubject: openers that are not the subject', () => {
  const subject = (text: string) => sentenceSubject(tokenize(text, 0, text.length), text)?.text;

  it('skips a dateline in capitals before its dash', () => {
    expect(subject('LISBON (Wire Service) — The dockers union said the strike would go on.')).toBe('The dockers union');
    expect(subject('OSLO, March 3 — Transport minister Eli Berg said the tunnel would open.')).toBe('Eli Berg');
  });

  it('skips a weekday or a month opening a time clause', () => {
    expect(subject('Friday at the town hall, Mayor Odile Brun said the budget was final.')).toBe('Mayor Odile Brun');
    expect(subject('In April, the council said so.')).toBe('the council');
  });

  it('reads a name behind lower-case descriptors ending in a role', () => {
    expect(subject('Green party spokesman Ansel Fry said it would fail.')).toBe('Ansel Fry');
    expect(subject('Liberal presidential front-runner Tove Lind said it would fail.')).toBe('Tove Lind');
  });

  it('keeps a capitalized opener that is the subject', () => {
    expect(subject('NATO said the drills would continue.')).toBe('NATO');
  });
});
