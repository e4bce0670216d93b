import { describe, expect, it } from 'vitest';
import { inflect } from '../../src/lexicon/inflect.js';
import { VERBS, verbFormsFor } from '../../src/lexicon/verbs.js';

describe('inflect', () => {
  it('inflects regular verbs', () => {
    expect(inflect('fume')).toEqual({ base: ['fume'], s: ['fumes'], past: ['fumed'], ing: ['fuming'] });
    expect(inflect('testify')).toEqual({ base: ['testify'], s: ['testifies'], past: ['testified'], ing: ['testifying'] });
    expect(inflect('stress')).toEqual({ base: ['stress'], s: ['stresses'], past: ['stressed'], ing: ['stressing'] });
    expect(inflect('agree').ing).toEqual(['agreeing']);
    expect(inflect('tweet').past).toEqual(['tweeted']);
  });

  it('follows the spelling hints of irregular and doubling verbs', () => {
    expect(inflect('quip', { double: true }).past).toEqual(['quipped']);
    expect(inflect('admit', { double: true }).ing).toEqual(['admitting']);
    expect(inflect('speak', { past: 'spoke', participle: 'spoken' }).past).toEqual(['spoke', 'spoken']);
    expect(inflect('label', { also: ['labelled', 'labelling'] })).toEqual({
      base: ['label'], s: ['labels'], past: ['labeled', 'labelled'], ing: ['labeling', 'labelling'],
    });
  });
});

describe('the verb table', () => {
  it('gives each use the forms that make sense for it', () => {
    const speech = verbFormsFor('speech');
    for (const form of ['say', 'says', 'said', 'saying', 'wrote', 'quipped', 'sang']) expect(speech.has(form), form).toBe(true);
    // Base forms only where an entry asks ("to deny" is no attribution), -s forms not where they are mostly plural nouns.
    expect(speech.has('deny')).toBe(false);
    expect(speech.has('denies')).toBe(true);
    expect(speech.has('notes')).toBe(false);
    expect(speech.has('noted')).toBe(true);
    expect(verbFormsFor('touching').has('laughs')).toBe(true);
    expect(speech.has('branding')).toBe(false);
    expect(verbFormsFor('marksSpeaker').has('reports')).toBe(true);
    expect(verbFormsFor('marksSpeaker').has('say')).toBe(true);
    expect(verbFormsFor('marksSpeaker').has('tell')).toBe(false);
    expect(verbFormsFor('quotedAs')).toEqual(new Set(['saying', 'telling', 'adding', 'writing']));
    expect(verbFormsFor('inverting').has('telling')).toBe(false);
    expect(verbFormsFor('naming').has('dubbed')).toBe(true);
  });

  it('lists every lemma once, lower case, with at least one use', () => {
    for (const [lemma, verb] of Object.entries(VERBS)) {
      expect(lemma).toMatch(/^[a-z]+$/);
      expect(verb.uses.length, lemma).toBeGreaterThan(0);
    }
  });
});

describe('the verb table drives the quote cues', async () => {
  const { findCueAfter } = await import('../../src/facts/quotes/cues/index.js');
  const cueAfter = (text: string) => findCueAfter(text, text.indexOf('”') + 1, text.length, 0);

  it('reads any generated form of a table verb as the cue', () => {
    expect(cueAfter('“The bridge opens at dawn,” the mayor assures residents.')?.cue).toBe('assures');
    expect(cueAfter('“Not again,” Ms. Varo quipped.')?.cue).toBe('quipped');
  });

  it('leaves out forms that mostly mean something else', () => {
    expect(cueAfter('“Grow Local,” a branding firm in the valley.')).toBeNull();
  });
});
