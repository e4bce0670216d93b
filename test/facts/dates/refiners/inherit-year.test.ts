import { describe, expect, it } from 'vitest';
import { pairs } from '../helpers.js';

describe('inheritYear', () => {
  it('gives a yearless date the year of a dated month just before it', () => {
    expect(pairs('Surveys ran from February 2016 through May, then paused.'))
      .toEqual([['February 2016', '2016-02'], ['May', '2016-05']]);
    expect(pairs('Hearings opened Oct. 3, 2019 and closed Oct. 9.'))
      .toEqual([['Oct. 3, 2019', '2019-10-03'], ['Oct. 9', '2019-10-09']]);
  });

  it('does not lend a bare year, nor across sentences', () => {
    expect(pairs('The mayor, elected in 2016, resigned in March.')).toEqual([['2016', '2016'], ['March', '2024-03']]);
    expect(pairs('It opened in May 2015. It closed in June.')).toEqual([['May 2015', '2015-05'], ['June', '2023-06']]);
  });

  it('does not lend a year to a date in a clause with its own verb', () => {
    expect(pairs('The club, founded in June 1990, will play its first match on May 3.'))
      .toEqual([['June 1990', '1990-06'], ['May 3', '2024-05-03']]);
  });
});
