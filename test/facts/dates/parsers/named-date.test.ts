import { describe, expect, it } from 'vitest';
import { namedDateParser } from '../../../../src/facts/dates/parsers/named-date.js';
import { pairs, parsed } from '../helpers.js';

describe('namedDateParser', () => {
  it('knows 9/11 but not fractions or other numbers containing it', () => {
    expect(parsed(namedDateParser, 'Since 9/11, rules changed; 19/11 and 9/112 are not it.')).toEqual(['9/11']);
  });

  it('resolves to the day itself', () => {
    expect(pairs('Security tightened after 9/11.')).toEqual([['9/11', '2001-09-11']]);
  });
});
