import { describe, expect, it } from 'vitest';
import { weekdayParser } from '../../../../src/facts/dates/parsers/weekday.js';
import { pairs, parsed } from '../helpers.js';

describe('weekdayParser', () => {
  it('finds weekday names with their last/next/this shift', () => {
    expect(parsed(weekdayParser, 'The clinic opened Monday and closed last Thursday; it reopens next Monday.'))
      .toEqual(['Monday', 'last Thursday', 'next Monday']);
  });

  it('ignores plurals, lower case and recurring named days', () => {
    expect(parsed(weekdayParser, 'The market runs on Saturdays. Black Friday sales start early. A friday feeling.')).toEqual([]);
  });

  it('resolves by tense against a Friday reference day', () => {
    expect(pairs('The ministry said Wednesday that the road was closed.')).toEqual([['Wednesday', '2024-04-10']]);
    expect(pairs('The ministry said Friday that the road was closed.')).toEqual([['Friday', '2024-04-12']]);
    expect(pairs('The road will reopen on Tuesday.')).toEqual([['Tuesday', '2024-04-16']]);
    expect(pairs('Talks are set to begin on Friday.')).toEqual([['Friday', '2024-04-12']]);
    expect(pairs('Crews left last Friday and return next Friday.')).toEqual([['last Friday', '2024-04-05'], ['next Friday', '2024-04-19']]);
  });

  it('keeps a possessive inside the mention', () => {
    expect(pairs('Monday’s storm cut power to the valley.')).toEqual([['Monday’s', '2024-04-08']]);
  });
});

describe('weekdayParser: not dates', () => {
  it('skips frequencies and weekdays inside names', () => {
    expect(parsed(weekdayParser, 'The club meets every Tuesday and each Friday.')).toEqual([]);
    expect(parsed(weekdayParser, 'She edits the Sunday Review section and reads the Sunday Herald.')).toEqual([]);
    expect(parsed(weekdayParser, 'The vote on the Sunday was close.')).toEqual(['Sunday']);
  });
});
