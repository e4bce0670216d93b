// Statement nouns before a colon (src/facts/quotes/cues/statement-owner.ts).
import { describe, expect, it } from 'vitest';
import { findCueBefore } from '../../../../src/facts/quotes/cues/index.js';
import { speakerWithFoundActors } from '../helpers.js';

describe('statementOwnerBefore: a statement noun and a colon', () => {
  function ownerOf(before: string): string | null {
    const a = findCueBefore(before, 0, before.length);
    return a && a.source.type === 'phrase' ? a.source.phrase.text : null;
  }

  it('reads the possessive owner of reply/answer/verdict', () => {
    expect(ownerOf('The foreign minister’s reply was short: ')).toBe('The foreign minister’s');
    expect(ownerOf('Viktor Orlov’s blunt response came at once: ')).toBe('Viktor Orlov’s');
    expect(ownerOf('His warning was stark: ')).toBe('he');
  });

  it('reads the owner after "of"/"from", preferring an appositive name', () => {
    expect(ownerOf('The message from the ministry was clear: ')).toBe('the ministry');
    expect(ownerOf('The words of the opposition leader, Ivo Petrov, were harsher: ')).toBe('Ivo Petrov');
  });

  it('leaves a speech verb before the colon in charge', () => {
    const a = findCueBefore('Doe said in her reply: ', 0, 23);
    expect(a?.cue).toBe('said');
  });

  it('gives the quote to the owner, across languages of the quote', () => {
    const text = 'Her lawyer, Hanna Lind, said her client would “answer in court.”\n\nThe foreign minister’s reply was short: «Nous ne paierons pas.»';
    expect(speakerWithFoundActors(text, 'Nous ne')).toMatch(/^the foreign minister$/i);
    const german = 'Elena Rossi, the mayor, spoke first. “We will rebuild,” Rossi said.\n\nPeter Lang arrived later. His warning was stark: „Das Wasser steigt weiter.“';
    expect(speakerWithFoundActors(german, 'Das Wasser')).toBe('Peter Lang');
  });
});
