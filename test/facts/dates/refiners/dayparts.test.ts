import { describe, expect, it } from 'vitest';
import { triples } from '../helpers.js';


describe('attachDayparts', () => {
  it('widens a day with the part of the day after it', () => {
    expect(triples('A plane landed on Wednesday night.')).toEqual([['Wednesday night', '2024-04-10TNI', 'night']]);
    expect(triples('The shelling resumed yesterday morning.')).toEqual([['yesterday morning', '2024-04-11TMO', 'morning']]);
  });

  it('combines with a modifier before the day', () => {
    expect(triples('Firing stopped late Tuesday evening.')).toEqual([['late Tuesday evening', '2024-04-09TEV', 'late evening']]);
  });

  it('does not widen months or years', () => {
    expect(triples('In 2020 evening classes closed.')).toEqual([['2020', '2020', null]]);
  });
});
