import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  classifyLexicon,
  compromiseLexicon,
  installedCompromiseVersion,
  saveableWordClasses,
  type SavedWordClasses,
} from '../../../src/facts/actors/word-classes.js';

const BUILT = new URL('../../../dist/facts/actors/word-classes.json', import.meta.url);

describe('word classes from compromise', () => {
  const classes = classifyLexicon(compromiseLexicon());

  it('sorts words into the classes the actor rules ask about', () => {
    expect(classes.firstNames.has('kevin')).toBe(true);
    expect(classes.places.has('paris')).toBe(true);
    expect(classes.verbForms.has('says')).toBe(true);
    expect(classes.common.has('during')).toBe(true);
    expect(classes.common.has('kevin')).toBe(false);
    expect(classes.adjectivesOnly.has('last')).toBe(true);
    expect(classes.functionWords.has('the')).toBe(true);
  });

  it('classifies a small lexicon by its tags', () => {
    const small = classifyLexicon({ ana: 'FemaleName', oslo: ['City'], warned: 'PastTense', green: 'Adjective', light: ['Adjective', 'Singular'] });
    expect([...small.firstNames]).toEqual(['ana']);
    expect([...small.places]).toEqual(['oslo']);
    expect([...small.verbForms]).toEqual(['warned']);
    expect([...small.adjectivesOnly]).toEqual(['green']);
    expect([...small.common].sort()).toEqual(['green', 'light', 'warned']);
  });

  // The build saves the classes so start-up need not load compromise; the
  // saved file must say exactly what classifying the lexicon says now.
  it.skipIf(!existsSync(BUILT))('the file saved by the build equals the classes built from compromise', () => {
    const saved = JSON.parse(readFileSync(BUILT, 'utf8')) as SavedWordClasses;
    expect(saved).toEqual(saveableWordClasses(classes, installedCompromiseVersion()));
  });
});
