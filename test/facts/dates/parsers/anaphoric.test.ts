import { describe, expect, it } from 'vitest';
import { anaphoricParser } from '../../../../src/facts/dates/parsers/anaphoric.js';
import { parsed } from '../helpers.js';

describe('anaphoricParser', () => {
  it('finds times counted from the date named before', () => {
    expect(parsed(anaphoricParser, 'That year the mill shut. Later that year it reopened, and the following month it burned.'))
      .toEqual(['That year', 'Later that year', 'the following month']);
    expect(parsed(anaphoricParser, 'On the same day, and again that same day, then the next morning and earlier that day.'))
      .toEqual(['the same day', 'that same day', 'the next morning', 'earlier that day']);
  });

  it('leaves "the next week/month/year", which count from now or last a while', () => {
    expect(parsed(anaphoricParser, 'Prices may rise over the next year and the next month.')).toEqual([]);
  });
});
