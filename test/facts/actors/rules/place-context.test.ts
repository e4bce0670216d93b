import { describe, expect, it } from 'vitest';
import { readsAsPlace } from '../../../../src/facts/actors/rules/place-context.js';
import { onRun } from '../helpers.js';

const reads = (text: string, name: string): boolean => onRun(text, name, readsAsPlace);

describe('readsAsPlace', () => {
  it('reads where a body is based as a place', () => {
    expect(reads('The rights group Open Door, a Zorvia-based charity, said so.', 'Zorvia')).toBe(true);
  });
  it('reads a known place after a preposition of location as a place', () => {
    expect(reads('The plane came down over Boston on Monday.', 'Boston')).toBe(true);
    expect(reads('He served as the bishop of Chicago for years.', 'Chicago')).toBe(true);
  });
  it('reads a name placed in its country as a place', () => {
    expect(reads('The plane came down over Dunmorrow, Scotland, in 1988.', 'Dunmorrow')).toBe(true);
    expect(reads('Protests spread to Velbrook, Norway.', 'Velbrook')).toBe(true);
    // A country's possessive after the comma describes a body.
    expect(reads("Shares in Velbrook, Norway's largest bank, fell.", 'Velbrook')).toBe(false);
    expect(reads('Shares in Velbrook, Tarvex and Holm fell.', 'Velbrook')).toBe(false);
    // A credit line: reporter, agency, city.
    expect(reads('The report came from Jon Velk, Harbour Radio, Norway, on Monday.', 'Harbour Radio')).toBe(false);
  });
  it('keeps a town that names its club', () => {
    expect(reads('On Saturday Boston beat the visitors 3-1.', 'Boston')).toBe(false);
    expect(reads('The striker joined Chicago last year.', 'Chicago')).toBe(false);
  });
  it('reads a city before a lower-case market noun as a place', () => {
    expect(reads('Trading was quiet on a nervous Velbrook stock market all week.', 'Velbrook')).toBe(true);
    expect(reads('Trading on the Velbrook bourse was thin.', 'Velbrook')).toBe(true);
    expect(reads('Shares of Velbrook rose on the market.', 'Velbrook')).toBe(false);
  });
  it('reads a name after a place noun and "of" as a place', () => {
    expect(reads('Rebels left the town of Velbrook on Monday.', 'Velbrook')).toBe(true);
  });
});
