// Quotes without a cue of their own, woven into a sentence.
import { describe, expect, it } from 'vitest';
import { speakerActorOf, speakerOf } from './helpers.js';

describe('uncued quotes woven into a sentence', () => {
  it('go to the named subject of the sentence, an actor', () => {
    const text = 'Ferrocorp has hit out at its rival, Navalis, for “wasteful litigation instead of talks”, after the lawsuit.';
    expect(speakerOf(text, 'wasteful', { Ferrocorp: { type: 'organization' }, Navalis: { type: 'organization' } })).toBe('Ferrocorp');
  });

  it('after a colon go to the named subject ("Name had a similar view:")', () => {
    const text = '“It found me,” Harlow said. Quist, who called from the set, had a similar experience: “It was immediate.”';
    const people = { 'Ada Harlow': { forms: ['Harlow'] }, 'Bo Quist': { forms: ['Quist'] } };
    expect(speakerOf(text, 'It was immediate', people)).toBe('Quist');
    expect(speakerActorOf(text, 'It was immediate', people)).toBe('Bo Quist');
  });

  it('not to a subject the quote is the predicate of, nor to a capitalized sentence opener', () => {
    const text = 'Nora Lee spoke for an hour. Her agent Paul Marsh “was vanishing from the industry”, Lee said. Consider this entry — “Do not jerk and drive.”';
    expect(speakerOf(text, 'was vanishing', { 'Nora Lee': {}, 'Paul Marsh': {} })).toBe('Lee');
    expect(speakerActorOf(text, 'was vanishing', { 'Nora Lee': {}, 'Paul Marsh': {} })).toBe('Nora Lee');
    expect(speakerOf(text, 'Do not jerk', { 'Nora Lee': {}, 'Paul Marsh': {} })).not.toBe('Consider');
  });

  it('keep a short fragment that follows a quoted sentence', () => {
    const text = 'Tomas Reyes said the plan “cannot work as written.” The budget, in his view, was “a total mess”.';
    expect(speakerOf(text, 'a total mess')).toBe('Tomas Reyes');
  });

  it('go to a body or document that is the subject, before the person in focus', () => {
    const text = 'Mayor Tilda Braun spoke for an hour. Braun was cheered twice.\n\nThe harbour council then backed a motion that called the plan “a danger to every family on the shore”.';
    expect(speakerOf(text, 'a danger to every', { 'Tilda Braun': { forms: ['Braun'] } })).toBe('The harbour council');
  });
});
