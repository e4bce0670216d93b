// The salience model for pronoun speakers (src/facts/quotes/speakers/pronoun-salience.ts, gathered in resolve.ts).
import { describe, expect, it } from 'vitest';
import { buildActorLookup, rankAntecedents, type Antecedent, type SpeakerGuess } from '../../../../src/facts/quotes/speakers/index.js';
import { speakerOf } from '../helpers.js';

const person = (name: string): SpeakerGuess => ({ name, kind: 'name', person: true, plural: false });
const body = (name: string): SpeakerGuess => ({ name, kind: 'name', person: false, plural: true });
const lookup = buildActorLookup([]);

describe('rankAntecedents', () => {
  it('takes the nearest fitting antecedent of the pronoun’s own paragraph', () => {
    const candidates: Antecedent[] = [
      { guess: person('Ola Berg'), role: 'subject', sentence: 4, paragraph: 2 },
      { guess: person('Ines Moll'), role: 'attribution', sentence: 3, paragraph: 2 },
    ];
    expect(rankAntecedents('he', 2, candidates, lookup)?.name).toBe('Ola Berg');
  });

  it('past a paragraph boundary, prefers the speaker of that paragraph’s last attribution', () => {
    const candidates: Antecedent[] = [
      { guess: person('Ola Berg'), role: 'subject', sentence: 4, paragraph: 1 },
      { guess: person('Ines Moll'), role: 'attribution', sentence: 3, paragraph: 1 },
    ];
    expect(rankAntecedents('she', 2, candidates, lookup)?.name).toBe('Ines Moll');
  });

  it('skips what does not agree: a body for he, a person for they', () => {
    const candidates: Antecedent[] = [
      { guess: body('the workers’ union'), role: 'subject', sentence: 4, paragraph: 2 },
      { guess: person('Ola Berg'), role: 'subject', sentence: 3, paragraph: 2 },
    ];
    expect(rankAntecedents('he', 2, candidates, lookup)?.name).toBe('Ola Berg');
    expect(rankAntecedents('they', 2, candidates, lookup)?.name).toBe('the workers’ union');
  });

  it('keeps a fitting description only as the fallback when no name fits', () => {
    const official: SpeakerGuess = { name: 'a port official', kind: 'description', person: true, plural: false };
    expect(rankAntecedents('he', 2, [{ guess: official, role: 'subject', sentence: 4, paragraph: 2 }, { guess: person('Ola Berg'), role: 'subject', sentence: 1, paragraph: 1 }], lookup)?.name).toBe('Ola Berg');
    expect(rankAntecedents('he', 2, [{ guess: official, role: 'subject', sentence: 4, paragraph: 2 }], lookup)?.name).toBe('a port official');
  });
});

describe('pronoun speakers in text', () => {
  it('never takes a person named inside the quote', () => {
    const text = 'Mayor Tomas Brenner spoke on Monday. “We won this round. Lina Sorel lost the vote badly,” he said.';
    expect(speakerOf(text, 'We won', { 'Tomas Brenner': {}, 'Lina Sorel': {} })).toMatch(/Tomas Brenner$/);
  });

  it('goes on with the last speaker of the paragraph before, not a subject after the quote', () => {
    const text = '“The budget is balanced,” said Tomas Brenner. Lina Sorel called the plan reckless.\n\n“Nobody was left out,” he said.';
    expect(speakerOf(text, 'Nobody', { 'Tomas Brenner': {}, 'Lina Sorel': {} })).toBe('Tomas Brenner');
  });

  it('takes the subject of the sentence before within one paragraph', () => {
    const text = '“The budget is balanced,” said Tomas Brenner. Lina Sorel called the plan reckless. “Nobody asked us,” she said.';
    expect(speakerOf(text, 'Nobody', { 'Tomas Brenner': {}, 'Lina Sorel': {} })).toBe('Lina Sorel');
  });

  it('uses the gender a role noun shows: a councilwoman is no “he”', () => {
    const text = '“The budget is balanced,” said Tomas Brenner, the mayor. Lina Sorel, a councilwoman, called the plan reckless. “Nobody was left out,” he said.';
    expect(speakerOf(text, 'Nobody', { 'Tomas Brenner': {}, 'Lina Sorel': {} })).toBe('Tomas Brenner');
  });
});
