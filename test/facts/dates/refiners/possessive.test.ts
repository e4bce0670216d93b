import { describe, expect, it } from 'vitest';
import { pairs } from '../helpers.js';

describe('includePossessive', () => {
  it('keeps a possessive inside the mention, straight or curly', () => {
    expect(pairs("Tuesday's vote and last month’s strike.")).toEqual([["Tuesday's", '2024-04-09'], ['last month’s', '2024-03']]);
  });

  it('does not take an "s" that starts a word', () => {
    expect(pairs('It ended in 2019 ’super’ style.')).toEqual([['2019', '2019']]);
  });
});
