import { describe, expect, it } from 'vitest';
import { agoParser } from '../../../../src/facts/dates/parsers/ago.js';
import { pairs, parsed } from '../helpers.js';

describe('agoParser', () => {
  it('finds counted spans ending in "ago"', () => {
    expect(parsed(agoParser, 'It began Six months ago, not for six months, and 3 days ago it ended.')).toEqual(['Six months ago', '3 days ago']);
  });

  it('resolves at the unit’s granularity', () => {
    expect(pairs('The vote came three days ago.')).toEqual([['three days ago', '2024-04-09']]);
    expect(pairs('The vote came two weeks ago.')).toEqual([['two weeks ago', '2024-W13']]);
    expect(pairs('The vote came nine months ago.')).toEqual([['nine months ago', '2023-07']]);
    expect(pairs('The vote came four years ago.')).toEqual([['four years ago', '2020']]);
    expect(pairs('The vote came a decade ago.')).toEqual([['a decade ago', '2014']]);
  });
});
