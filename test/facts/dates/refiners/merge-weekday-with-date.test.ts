import { describe, expect, it } from 'vitest';
import { pairs } from '../helpers.js';

describe('mergeWeekdayWithDate', () => {
  it('joins a weekday to the date right after it', () => {
    expect(pairs('The photo was taken Tuesday, Nov. 29, 2016 in the desert.')).toEqual([['Tuesday, Nov. 29, 2016', '2016-11-29']]);
    expect(pairs('Tickets go on sale Friday, May 3.')).toEqual([['Friday, May 3', '2024-05-03']]);
  });

  it('takes the year in which the written weekday falls on the date', () => {
    // Told in the past, April 14 would be last year's (a Friday); this year's April 14 is the Sunday.
    expect(pairs('The council said it met on Sunday, April 14.', '2024-04-12')).toEqual([['Sunday, April 14', '2024-04-14']]);
    // A weekday that fits no nearby year leaves the tense's choice alone.
    expect(pairs('The council met on Sunday, April 10.', '2024-04-12')).toEqual([['Sunday, April 10', '2024-04-10']]);
    expect(pairs('The council met on Friday, April 14.', '2024-04-12')).toEqual([['Friday, April 14', '2023-04-14']]);
  });

  it('leaves a weekday and a distant date apart', () => {
    expect(pairs('It rained Tuesday, and on March 3 it snowed.')).toEqual([['Tuesday', '2024-04-09'], ['March 3', '2024-03-03']]);
  });
});
