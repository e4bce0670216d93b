import { describe, expect, it } from 'vitest';
import { isPresentProgressive } from '../../../src/facts/dates/progressive.js';
import { pairs } from './helpers.js';

describe('isPresentProgressive', () => {
  it('is true for an -ing verb after a present "be"', () => {
    expect(isPresentProgressive('holding', 'is')).toBe(true);
    expect(isPresentProgressive('meeting', 'are')).toBe(true);
  });

  it('is false after a past "be" and for -ing nouns', () => {
    expect(isPresentProgressive('holding', 'was')).toBe(false);
    expect(isPresentProgressive('morning', 'is')).toBe(false);
  });
});

describe('a date after a present progressive', () => {
  it('reads the date as scheduled, the coming one when near', () => {
    expect(pairs('The lender said it is recalling the bonds on Nov. 15.', '2024-10-20')).toEqual([['Nov. 15', '2024-11-15']]);
  });

  it('keeps the past reading of the same sentence without the progressive', () => {
    expect(pairs('The lender said it recalled the bonds on Nov. 15.', '2024-10-20')).toEqual([['Nov. 15', '2023-11-15']]);
  });
});
