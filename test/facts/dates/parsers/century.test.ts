import { describe, expect, it } from 'vitest';
import { centuryParser } from '../../../../src/facts/dates/parsers/century.js';
import { pairs, parsed } from '../helpers.js';

describe('centuryParser', () => {
  it('values a century by its first two digits, as TimeML does', () => {
    expect(pairs('The abbey dates from the 12th century and was restored in the nineteenth century.')).toEqual([
      ['the 12th century', '11'], ['the nineteenth century', '18'],
    ]);
    expect(pairs('A twenty-first century port.')).toEqual([['twenty-first century', '20']]);
  });

  it('leaves other "century" phrases alone', () => {
    expect(parsed(centuryParser, 'A quarter century ago, for a century, the 40th century club.')).toEqual([]);
  });
});
