import { describe, expect, it } from 'vitest';
import { isCompetitionUse } from '../../../../src/facts/actors/rules/competition-use.js';
import { names, onRun } from '../helpers.js';

const reads = (text: string, name: string): boolean => onRun(text, name, isCompetitionUse);

describe('isCompetitionUse', () => {
  it('reads a league as the competition its teams play in', () => {
    expect(reads('He became the fourth winner in the Harlow League this season.', 'Harlow League')).toBe(true);
    expect(reads('The win tied him for the Harlow League lead with five.', 'Harlow League')).toBe(true);
    expect(reads('They have won three Harlow League titles since then.', 'Harlow League')).toBe(true);
  });
  it('keeps a league that acts or owns', () => {
    expect(reads('On Monday the Harlow League fined the club.', 'Harlow League')).toBe(false);
    expect(reads("The Harlow League's ruling came late.", 'Harlow League')).toBe(false);
    expect(reads('Officials of the Harlow League and the union met.', 'Harlow League')).toBe(false);
  });
  it('leaves names that do not end in League', () => {
    expect(reads('He scored in the Harlow Cup again.', 'Harlow Cup')).toBe(false);
  });
  it('drops the competition from the actors, not the acting league', () => {
    expect(names('He became the fourth winner in the Harlow League this season.')).not.toContain('Harlow League');
    expect(names('On Monday the Harlow League fined the club.')).toContain('Harlow League');
  });
});
