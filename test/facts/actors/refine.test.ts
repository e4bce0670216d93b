import { describe, expect, it } from 'vitest';
import { mergeCoreferentPeople, shortNamesOf, surnameOf } from '../../../src/facts/actors/refine.js';
import { candidate, type Candidate } from '../../../src/facts/actors/rules/rule.js';
import { actorsOf, find } from './helpers.js';

describe('surnameOf', () => {
  it('skips suffixes and keeps particles', () => {
    expect(surnameOf('Paul Renner Jr.')).toBe('Renner');
    expect(surnameOf('Karim bin Tahar')).toBe('bin Tahar');
    expect(surnameOf('Ahmad al-Rashid')).toBe('al-Rashid');
  });
});

describe('shortNamesOf', () => {
  it('drops corporate and generic tails', () => {
    expect(shortNamesOf('Lumen Harbor Co.')).toEqual(['Lumen Harbor', 'Harbor']);
    expect(shortNamesOf('Quillon Media')).toEqual(['Quillon']);
    expect(shortNamesOf('Quillon Review')).toEqual([]);
  });
});

describe('a lone head word is the organization named earlier', () => {
  it('folds "Parliament" into the earlier "Baltic Parliament"', () => {
    const actors = actorsOf('The Baltic Parliament approved the budget. Parliament will vote again next month.');
    expect(actors.map((a) => a.name)).toEqual(['Baltic Parliament']);
    expect(actors[0]!.mentions).toHaveLength(2);
  });
  it('picks the nearest earlier one when two names end in the same head', () => {
    const text = 'The Baltic Parliament met. Later the Andean Parliament met too. Parliament then adjourned.';
    const actors = actorsOf(text);
    expect(find(actors, 'Andean Parliament')!.mentions).toHaveLength(2);
    expect(find(actors, 'Baltic Parliament')!.mentions).toHaveLength(1);
  });
});

describe('collectMentions', () => {
  it('finds mentions inside a long hyphenated run without losing the ones around it', () => {
    const actors = actorsOf(`Officials of the Nordic Rowing Union met. ${'A-'.repeat(20_000)}B. Then the Nordic Rowing Union left.`);
    expect(actors.find((a) => a.name.endsWith('Nordic Rowing Union'))!.mentions).toHaveLength(2);
  });
});

describe('a lone first word the tagger reads as a person', () => {
  it('joins the person a rule named in full', () => {
    const actors = actorsOf("Interior Minister Wen Haolin was detained on Monday. Police said Wen's lawyer had not been told, and Wen later asked for a trial.");
    expect(actors.map((a) => a.name)).toEqual(['Wen Haolin']);
    expect(actors[0]!.mentions.map((m) => m.text)).toEqual(['Wen Haolin', 'Wen', 'Wen']);
  });
  it('joins no one named in full by the tagger alone (a club can be named like a person)', () => {
    const actors = actorsOf("The court said dissident Wen Haolin, 54, was detained on Monday. Police said Wen's lawyer had not been told, and Wen later asked for a trial.");
    expect(find(actors, 'Wen Haolin')!.mentions.map((m) => m.text)).toEqual(['Wen Haolin']);
  });
});

describe('mergeCoreferentPeople by first word', () => {
  const guess = (name: string, start: number, taggedAsPerson: boolean): Candidate => ({
    ...candidate('singleWordOrganization', 'organization', name, { text: name, start, end: start + name.length }), taggedAsPerson,
  });
  const full = candidate('titledPerson', 'person', 'Wen Haolin', { text: 'Wen Haolin', start: 0, end: 10 });
  it('needs every lone mention read as a person', () => {
    expect(mergeCoreferentPeople([full, guess('Wen', 20, true)]).rest).toHaveLength(0);
    expect(mergeCoreferentPeople([full, guess('Wen', 20, true), guess('Wen', 40, false)]).rest).toHaveLength(2);
  });
});
