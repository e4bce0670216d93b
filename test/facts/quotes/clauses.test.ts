// The cue of the clause that holds the quote.
import { describe, expect, it } from 'vitest';
import { startsNewClause } from '../../../src/facts/quotes/index.js';
import { quotesOf, speakerOf, speakerWithFoundActors } from './helpers.js';

describe('the cue of the clause holding the quote', () => {
  it('sees a clause break between a quote and a later cue', () => {
    const text = '“late,” while the army denied it';
    expect(startsNewClause(text, 7, text.length)).toBe(true);
    expect(startsNewClause('“late,” in May, Doe said', 7, 24)).toBe(false);
  });

  it('keeps the cue before the quote when a later cue opens its own clause', () => {
    expect(speakerWithFoundActors('Union leader Ana Costa said the offer was “an insult to every nurse,” but the hospital board insisted it was generous.', 'an insult')).toBe('leader Ana Costa');
    expect(speakerWithFoundActors('The opposition said the budget was “built on fantasy numbers,” whereas the treasury argued it was prudent.', 'built on')).toMatch(/^the opposition$/i);
  });

  it('names the speaker of a relative clause giving a pen name', () => {
    expect(speakerWithFoundActors('A blogger who writes under the name Frontline Fox said the push had been “prepared in a rush,” while the army denied any delay.', 'prepared')).toBe('Frontline Fox');
    expect(speakerWithFoundActors('An activist known as Red Wren wrote that the camp was “a prison in all but name,” and officials denied it.', 'a prison')).toBe('Red Wren');
  });
});

describe('clause breaks between a quote and a later cue', () => {
  it('a subordinating conjunction opens a clause whose cue is not the quote’s', () => {
    const text = 'Runa Falk says she was “on the fence for weeks” until Governor Ilse Brandt said she would run.';
    expect(speakerOf(text, 'on the fence')).toBe('Runa Falk');
  });

  it('after a finished sentence, a tag reporting a pronoun clause is a new statement', () => {
    const text = 'Ivo Holt organised the rally. His sister, Mira Holt, told the crowd that “the river belongs to all of us.” He says they will march again in May.';
    const quote = quotesOf(text).find((q) => q.text.startsWith('the river belongs'));
    expect(quote?.cue).toBe('told');
    expect(quote?.speaker?.name).toBe('Mira Holt');
  });

  it('in the same sentence, "Doe said she …" still tags the quote', () => {
    const text = '“We will march again,” Mira Holt said she had promised.';
    expect(speakerOf(text, 'We will march')).toBe('Mira Holt');
  });
});
