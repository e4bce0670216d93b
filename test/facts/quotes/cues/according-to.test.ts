// "According to" as a cue.
import { describe, expect, it } from 'vitest';
import { speakerWithFoundActors } from '../helpers.js';

describe('"According to" opening a sentence', () => {
  it('is a cue whose description yields to its appositive name', () => {
    const text = '“We did our best,” said Tom Aas.\n\nAccording to the coach, Lars Eid, the team was exhausted after the trip.\n\n“We ran out of legs in the second half.”';
    expect(speakerWithFoundActors(text, 'We ran out')).toBe('Lars Eid');
  });

  it('gives a survey by a named author to the author', () => {
    const text = 'According to a 2019 survey by Mira Castell of the Tallinn Institute, small papers tend to “cut the copy desk first” after a sale.';
    expect(speakerWithFoundActors(text, 'cut the copy')).toBe('Mira Castell');
  });
});
