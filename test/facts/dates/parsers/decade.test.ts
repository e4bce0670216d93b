import { describe, expect, it } from 'vitest';
import { decadeParser } from '../../../../src/facts/dates/parsers/decade.js';
import { pairs, parsed, triples } from '../helpers.js';

describe('decadeParser', () => {
  it('finds decades with and without "the", and the apostrophe form', () => {
    expect(parsed(decadeParser, 'Since the 1980s, and in 2010s surveys, as in the ’70s.')).toEqual(['the 1980s', '2010s', 'the ’70s']);
  });

  it('does not take plural numbers that are not decades', () => {
    expect(parsed(decadeParser, 'Temperatures in the 1990s range? No: B1990s and 1995s.')).toEqual(['the 1990s']);
  });

  it('resolves to the first three digits, with a modifier when one is written', () => {
    expect(pairs('Crime fell in the 1990s.')).toEqual([['the 1990s', '199']]);
    expect(pairs('Crime fell in the mid-1990s.')).toEqual([['mid-1990s', '199']]);
  });
  it('reads decades in words after "the", not ages', () => {
    expect(triples('Trade boomed in the late eighties, as it had in the fifties; she is in her sixties.')).toEqual([
      ['late eighties', '198', 'late'], ['the fifties', '195', null],
    ]);
  });
});
