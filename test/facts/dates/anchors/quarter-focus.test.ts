import { describe, expect, it } from 'vitest';
import { pairs } from '../helpers.js';

describe('quarterInFocus', () => {
  it('values "a year ago" and "year-earlier" as the named quarter a year back', () => {
    expect(pairs('Orchard Mills earned $4 million in the second quarter, up from $3 million a year ago. Year-earlier sales were flat.', '2024-08-01'))
      .toEqual([['the second quarter', '2024-Q2'], ['a year ago', '2023-Q2'], ['Year-earlier', '2023-Q2']]);
  });

  it('takes "the quarter" and "the latest period" to be the named quarter', () => {
    expect(pairs('Orchard Mills had a weak first quarter. Costs rose in the quarter, and in the latest period margins fell.', '2024-11-05'))
      .toEqual([['first quarter', '2024-Q1'], ['the quarter', '2024-Q1'], ['the latest period', '2024-Q1']]);
  });

  it('does not take a forecast quarter for "the latest quarter"', () => {
    expect(pairs('Analysts expect a weak fourth quarter. In the latest quarter, sales rose.', '2024-11-05'))
      .toEqual([['fourth quarter', '2024-Q4'], ['the latest quarter', '2024-Q3']]);
  });

  it('leaves "a year ago" a year when no quarter is named', () => {
    expect(pairs('The bridge opened a year ago.', '2024-08-01')).toEqual([['a year ago', '2023']]);
  });
});
