// Lower-case role words before a speaker's name stay in its written form
// (src/facts/quotes/phrases.ts: roleWordsStart, makeNamePhrase).
import { describe, expect, it } from 'vitest';
import { backwardPhrase } from '../../../../src/facts/quotes/phrases.js';
import { tokenize } from '../../../../src/facts/quotes/tokens.js';
import { quotesOf } from '../helpers.js';

const people = { 'Ines Varga': {}, 'Tomas Berg': {} };

describe('role words before a name', () => {
  it('keeps them after an inverted cue, and the name stays the actor’s', () => {
    const text = '“The budget holds,” said deputy press secretary Ines Varga.';
    expect(quotesOf(text, people)[0]?.speaker).toEqual({ name: 'deputy press secretary Ines Varga', actorId: 'a1' });
  });

  it('keeps them when the name is the subject after an organization ("Acme campaign manager X said")', () => {
    const text = 'Northfield Party campaign manager Tomas Berg said: “We have the votes in every county.”';
    expect(quotesOf(text, people)[0]?.speaker).toEqual({ name: 'campaign manager Tomas Berg', actorId: 'a2' });
  });

  it('keeps them when read back from the cue', () => {
    const text = '“We have the votes in every county,” retired general Tomas Berg told reporters.';
    expect(quotesOf(text, people)[0]?.speaker?.name).toBe('retired general Tomas Berg');
  });

  it('leaves out words that are no role: a verb, a thing', () => {
    const phrase = (text: string) => backwardPhrase(tokenize(text, 0, text.length), tokenize(text, 0, text.length).length, text);
    expect(phrase('voters expect Tomas Berg')).toMatchObject({ kind: 'name', text: 'Tomas Berg' });
    expect(phrase('voters expect Tomas Berg')?.withRole).toBeUndefined();
    expect(phrase('the letter Tomas Berg')?.withRole).toBeUndefined();
    expect(phrase('what host Tomas Berg')?.withRole).toBe('host Tomas Berg');
    expect(phrase('the press secretary Tomas Berg')).toMatchObject({ text: 'Tomas Berg', withRole: 'press secretary Tomas Berg' });
  });
});

describe('a name modifying a role before the speaker', () => {
  it('skips a place or a name used as a modifier to the person it describes', () => {
    const people = { 'Ines Varga': {}, 'Tomas Berg': {}, Northfield: { type: 'country' as const } };
    expect(quotesOf('“The budget holds,” said former Northfield governor Ines Varga.', people)[0]?.speaker).toEqual({ name: 'governor Ines Varga', actorId: 'a1' });
    expect(quotesOf('Labour party boss Tomas Berg said: “We have the votes in every county.”', people)[0]?.speaker?.name).toBe('party boss Tomas Berg');
  });
});
