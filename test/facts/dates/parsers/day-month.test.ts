import { describe, expect, it } from 'vitest';
import { dayMonthParser } from '../../../../src/facts/dates/parsers/day-month.js';
import { pairs, parsed } from '../helpers.js';

describe('dayMonthParser', () => {
  it('finds day-first dates', () => {
    expect(parsed(dayMonthParser, 'Polls close on 3 October 2021; results follow on 5 October.')).toEqual(['3 October 2021', '5 October']);
  });

  it('does not read counts before an abbreviation as days', () => {
    expect(parsed(dayMonthParser, 'He scored 3 Dec goals.')).toEqual([]);
  });

  it('resolves to a full day', () => {
    expect(pairs('The festival opened on 24 July 2015.')).toEqual([['24 July 2015', '2015-07-24']]);
  });
});
