import { describe, expect, it } from 'vitest';
import { pairs } from '../helpers.js';

describe('yearFromDateRuns', () => {
  it('gives a list of dates the year of a heading above it, wrapping at New Year', () => {
    const text = 'The choir announced its winter travels.\n\n2031 dates:\n\nNov. 20 – Leeds\n\nDec. 2 – York\n\nJan. 14 – Hull';
    expect(pairs(text, '2030-06-01')).toEqual([
      ['2031', '2031'], ['Nov. 20', '2031-11-20'], ['Dec. 2', '2031-12-02'], ['Jan. 14', '2032-01-14'],
    ]);
  });

  it('takes the year from the same day dated in the prose', () => {
    const text = 'The circus opens its season on March 3, 2025, in Ghent.\n\nMarch 3 – Ghent\nMarch 9 – Liège\nApril 2 – Namur';
    expect(pairs(text, '2024-11-20').map(([, v]) => v)).toEqual(['2025-03-03', '2025-03-03', '2025-03-09', '2025-04-02']);
  });

  it('takes the year from a sentence that names one of its days with a clear tense', () => {
    const text = 'The tour will start May 5 in Porto.\n\nMay 5 – Porto\nMay 8 – Braga\nMay 11 – Faro';
    expect(pairs(text, '2024-11-20').map(([, v]) => v)).toEqual(['2025-05-05', '2025-05-05', '2025-05-08', '2025-05-11']);
  });

  it('leaves two dated lines alone: a run needs three', () => {
    const text = 'Crowds came in spring.\n\nMay 5 – Porto\nMay 8 – Braga';
    expect(pairs(text, '2024-11-20').map(([, v]) => v)).toEqual(['2024-05-05', '2024-05-08']);
  });
});

describe('yearFromDateRuns: labelled items', () => {
  it('accepts a short label before each dated line', () => {
    const text = 'Season calendar.\n\nRound 1: March 10 – Leeds\nRound 2: April 8 – York\nRound 3: Dec. 9 – Hull';
    expect(pairs(text, '2030-01-22').map(([, v]) => v)).toEqual(['2030-03-10', '2030-04-08', '2030-12-09']);
  });
});
