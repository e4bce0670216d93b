import { describe, expect, it } from 'vitest';
import { isVisitedFacility } from '../../../../src/facts/actors/rules/visited-facility.js';
import { names, onRun } from '../helpers.js';

const visited = (text: string, name: string): boolean => onRun(text, name, isVisitedFacility);

describe('isVisitedFacility', () => {
  it('reads a hospital or centre after a preposition of place as a place', () => {
    expect(visited("She is recovering in Tarvosk's Riverside Memorial Hospital, officials said.", 'Riverside Memorial Hospital')).toBe(true);
    expect(visited('Play was stopped at the Lakeview Sports Centre by rain.', 'Lakeview Sports Centre')).toBe(true);
    expect(visited('He was taken to Lakeside General Hospital on Monday.', 'Lakeside General Hospital')).toBe(true);
  });
  it('keeps a hospital that acts, gives something or employs someone', () => {
    expect(visited('Lakeside General Hospital said on Monday that it would close.', 'Lakeside General Hospital')).toBe(false);
    expect(visited('That follows guidance from the Brandt Clinic on doses.', 'Brandt Clinic')).toBe(false);
    expect(visited('A doctor at Lakeside General Hospital said so.', 'Lakeside General Hospital')).toBe(false);
  });
  it('leaves other heads and single words', () => {
    expect(visited('He works at the Harbour Policy Institute in town.', 'Harbour Policy Institute')).toBe(false);
  });
  it('keeps the place off the actors', () => {
    expect(names('He was taken to Lakeside General Hospital on Monday.')).not.toContain('Lakeside General Hospital');
  });
});
