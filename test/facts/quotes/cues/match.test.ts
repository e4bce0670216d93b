// The cue word: verbs touching the quote, other languages (src/facts/quotes/cues/match.ts).
import { describe, expect, it } from 'vitest';
import { invertedSpeakerPhrase } from '../../../../src/facts/quotes/phrases.js';
import { tokenize } from '../../../../src/facts/quotes/tokens.js';
import { afterText, speakerOf } from '../helpers.js';

describe('verbs and languages', () => {
  it('counts verbs that attribute only next to the quote', () => {
    expect(afterText('“Open the door!” an officer shouts.')).toBe('an officer');
    expect(afterText('“It drives me nuts,” Pereira laughed.')).toBe('Pereira');
  });

  it('reads common said-verbs of other languages, with their auxiliaries and articles', () => {
    expect(afterText('«Nous restons prudents», a ajouté Lucien Marchal.')).toBe('Lucien Marchal');
    expect(afterText('“Eu errei naquele ano”, acrescentou o treinador.')).toBe('o treinador');
    expect(afterText('“Wir bleiben vorsichtig”, sagte Jonas Kranz.')).toBe('Jonas Kranz');
  });

  it('reads an inverted speaker behind descriptors or a foreign article', () => {
    const text = 'said lead researcher Ana Ruiz';
    const tokens = tokenize(text, 0, text.length);
    expect(invertedSpeakerPhrase(tokens, 1, text)?.text).toBe('Ana Ruiz');
  });
});

describe('cue idioms and participles', () => {
  it('reads "put it" as a verb of saying', () => {
    const text = 'The levy was, as a ministry memo put it, “a fee on every crossing of the bridge.”';
    expect(speakerOf(text, 'a fee on every')).toBe('a ministry memo');
  });

  it('gives a participle after "footage of Name" to that name', () => {
    const text = 'The ad closes with footage of Lars Enge saying on stage, “That makes me the only honest one here.”';
    expect(speakerOf(text, 'That makes me')).toBe('Lars Enge');
  });
});

describe('phrasal cues touching the quote', () => {
  const text = 'Kim Ode spoke first.\n\n“Nobody here wants a tough guy tonight,” Ivan Petrov shot back. “Let me talk.”\n\n“You know, it happens, right?” Lena Roth went on.';

  it('reads "shot back" and "went on" as the tag of the quote they touch', () => {
    expect(speakerOf(text, 'Nobody here wants')).toBe('Ivan Petrov');
    expect(speakerOf(text, 'Let me talk')).toBe('Ivan Petrov');
    expect(speakerOf(text, 'You know, it happens')).toBe('Lena Roth');
  });

  it('does not read them away from a quote, nor a verb without its particle', () => {
    expect(speakerOf('Ivan Petrov went on to win the race, and critics called it “a fluke of the weather”.', 'a fluke')).not.toBe('Ivan Petrov');
    expect(speakerOf('“It was over by noon,” Ivan Petrov went.', 'It was over')).toBeUndefined();
  });
});
