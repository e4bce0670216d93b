import { describe, expect, it } from 'vitest';
import { pairs } from '../helpers.js';

describe('yearFromSameDay', () => {
  it('gives a yearless day the year of the same day dated elsewhere', () => {
    const text = 'The ferry line reopens on Sept. 4, 2025. Crews have hired staff, and the first sailing, Sept. 4, is sold out.';
    expect(pairs(text, '2024-10-01')).toEqual([['Sept. 4, 2025', '2025-09-04'], ['Sept. 4', '2025-09-04']]);
  });

  it('does not touch a day whose month and day differ', () => {
    expect(pairs('The ferry line reopened on Sept. 4, 2019. Crews met on Sept. 5.', '2024-10-01'))
      .toEqual([['Sept. 4, 2019', '2019-09-04'], ['Sept. 5', '2024-09-05']]);
  });
});
