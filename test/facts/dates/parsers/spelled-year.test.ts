import { describe, expect, it } from 'vitest';
import { spelledYearParser } from '../../../../src/facts/dates/parsers/spelled-year.js';
import { pairs, parsed } from '../helpers.js';

describe('spelledYearParser', () => {
  it('finds years said in words', () => {
    expect(pairs('The lighthouse was built in nineteen oh five and rebuilt in nineteen eighty-two.')).toEqual([
      ['nineteen oh five', '1905'], ['nineteen eighty-two', '1982'],
    ]);
    expect(pairs('The canal opened in the year two thousand and closed in two thousand and eleven.')).toEqual([
      ['the year two thousand', '2000'], ['two thousand and eleven', '2011'],
    ]);
  });

  it('leaves counts alone', () => {
    expect(parsed(spelledYearParser, 'Nineteen sailors and two thousand passengers boarded; two thousand and five hundred waited.')).toEqual([]);
  });

  it('joins a month to the year after it', () => {
    expect(pairs('The canal froze in February nineteen seventy-three.')).toEqual([['February nineteen seventy-three', '1973-02']]);
  });
});
