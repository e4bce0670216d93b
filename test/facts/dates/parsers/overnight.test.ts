import { describe, expect, it } from 'vitest';
import { overnightParser } from '../../../../src/facts/dates/parsers/overnight.js';
import { parsed, triples } from '../helpers.js';

describe('overnightParser', () => {
  it('finds a sentence-first Overnight and a clause-closing overnight', () => {
    expect(parsed(overnightParser, 'Overnight, gunboats shelled the coast. Guards fired flares overnight, a sailor said.'))
      .toEqual(['Overnight', 'overnight']);
    expect(parsed(overnightParser, 'Overnight the militia took two villages.')).toEqual(['Overnight']);
  });

  it('skips the adjective, staying overnight and the sense of suddenly', () => {
    expect(parsed(overnightParser, 'Overnight trading was thin after overnight gains in Tokyo.')).toEqual([]);
    expect(parsed(overnightParser, 'The driver was kept overnight. Hikers stayed overnight, then left.')).toEqual([]);
    expect(parsed(overnightParser, 'The singer became a household name overnight. Prices rose almost overnight.')).toEqual([]);
  });

  it('is the night into the reference day; a named night stays with its day', () => {
    expect(triples('Overnight, gunboats shelled the coast.')).toEqual([['Overnight', '2024-04-12', 'overnight']]);
    expect(triples('Gunboats shelled the coast overnight Tuesday.')).toEqual([['overnight Tuesday', '2024-04-09', 'overnight']]);
    expect(triples('Gunboats shelled the coast overnight into Thursday.')).toEqual([['overnight into Thursday', '2024-04-11', 'overnight']]);
  });
});
