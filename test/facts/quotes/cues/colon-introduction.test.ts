// A quote introduced by a colon without a speech verb (src/facts/quotes/cues/colon-introduction.ts).
import { describe, expect, it } from 'vitest';
import { speakerOf } from '../helpers.js';

describe('colonIntroduction', () => {
  it('takes a name labelling the quote, alone or after a dash', () => {
    const text = 'Turnout was low again. Forecasters disagree - Wilma Oduya: “The rain kept older voters at home.”';
    expect(speakerOf(text, 'The rain kept')).toBe('Wilma Oduya');
  });

  it('gives the quote to the clause subject, not to a listener named before the colon', () => {
    const text = 'The harbour board delivered a blunt message to Sven Aalto: “Your permit will not be renewed this year.”';
    expect(speakerOf(text, 'Your permit')).toBe('The harbour board');
  });

  it('reads a paragraph that ends in a colon before the quote’s paragraph, its verb first', () => {
    const text = 'Later that night, Dagny Holm, the coach, put it simply:\n\n“We were beaten by a better side tonight.”';
    expect(speakerOf(text, 'We were beaten')).toBe('Dagny Holm');
  });

  it('does not attribute a quote after a paragraph without a colon', () => {
    const text = 'The stadium emptied slowly.\n\n“We were beaten by a better side tonight.”';
    expect(speakerOf(text, 'We were beaten')).toBeUndefined();
  });
});
