import { describe, expect, it } from 'vitest';
import { pairs } from '../helpers.js';

describe('mergeWeekdayWithDate', () => {
  it('joins a weekday to the date right after it', () => {
    expect(pairs('The photo was taken Tuesday, Nov. 29, 2016 in the desert.')).toEqual([['Tuesday, Nov. 29, 2016', '2016-11-29']]);
    expect(pairs('Tickets go on sale Friday, May 3.')).toEqual([['Friday, May 3', '2024-05-03']]);
  });

  it('leaves a weekday and a distant date apart', () => {
    expect(pairs('It rained Tuesday, and on March 3 it snowed.')).toEqual([['Tuesday', '2024-04-09'], ['March 3', '2024-03-03']]);
  });
});
