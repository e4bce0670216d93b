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
    // A base form that is mostly a noun is never read as the verb.
    expect(speech.has('claim')).toBe(false);
    expect(speech.has('claimed')).toBe(true);
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
