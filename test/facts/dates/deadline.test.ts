import { describe, expect, it } from 'vitest';
import { pairs } from './helpers.js';

describe('terms in past-tense sentences', () => {
  it('puts a payment, record or deadline day that is close ahead in the coming weeks', () => {
    expect(pairs('Directors of Orchard Mills declared a dividend payable Dec. 5 to holders of record Nov. 20.', '2024-10-28')).toEqual([
      ['Dec. 5', '2024-12-05'], ['Nov. 20', '2024-11-20'],
    ]);
    expect(pairs('The bid was extended to Nov. 14.', '2024-10-28')).toEqual([['Nov. 14', '2024-11-14']]);
  });

  it('puts a payment or effective day in a past sentence at its nearer occurrence, leaning ahead', () => {
    expect(pairs('Wages rose under the new contract effective June 1.', '2024-10-28')).toEqual([['June 1', '2025-06-01']]);
    expect(pairs('Wages rose under the new contract effective Oct. 1.', '2024-10-28')).toEqual([['Oct. 1', '2024-10-01']]);
    expect(pairs('Prices went up until June.', '2024-10-28')).toEqual([['June', '2024-06']]);
  });

  it('keeps a past term in the past when the coming one is far', () => {
    expect(pairs('Exports climbed through March.', '2024-10-28')).toEqual([['March', '2024-03']]);
  });

  it('puts a weekday after "as soon as", "as early as" or a postponement in a past sentence ahead', () => {
    // Reference Friday 2024-04-12.
    expect(pairs('The father could arrive as early as Tuesday, officials said.')).toEqual([['Tuesday', '2024-04-16']]);
    expect(pairs('The group was ready to leave as soon as Monday, he said.')).toEqual([['Monday', '2024-04-15']]);
    expect(pairs('The agency postponed until Tuesday morning any decision on the case.')).toEqual([['Tuesday morning', '2024-04-16TMO']]);
    expect(pairs('The father arrived on Tuesday, officials said.')).toEqual([['Tuesday', '2024-04-09']]);
  });

  it('reads a clock time joined to its day after "until" as a term, like the day alone', () => {
    expect(pairs('The trust said it extended its offer for the units until 5 p.m. EST Nov. 9.', '2024-11-02')).toEqual([['5 p.m. EST Nov. 9', '2024-11-09T17:00']]);
    expect(pairs('The trust said it extended its offer for the units until Nov. 9.', '2024-11-02')).toEqual([['Nov. 9', '2024-11-09']]);
  });

  it('reads "preferred shares" as a noun phrase, not a past verb', () => {
    expect(pairs('The bank said it will redeem its preferred shares on Nov. 4.', '2024-10-28')).toEqual([['Nov. 4', '2024-11-04']]);
  });
});
