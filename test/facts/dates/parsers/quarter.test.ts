import { describe, expect, it } from 'vitest';
import { quarterParser } from '../../../../src/facts/dates/parsers/quarter.js';
import { pairs, parsed } from '../helpers.js';

describe('quarterParser', () => {
  it('finds numbered quarters and halves, hyphened or not, with their year', () => {
    expect(parsed(quarterParser, 'Orchard Mills posted a second-quarter loss, its worst since the fourth quarter of 2021 and the first half of 2022.'))
      .toEqual(['second-quarter', 'the fourth quarter of 2021', 'the first half of 2022']);
    expect(parsed(quarterParser, "Figures for 2022's third quarter and fiscal 2023 first quarter, then Q3 2025 and 4Q.")).toEqual([
      "2022's third quarter", 'fiscal 2023 first quarter', 'Q3 2025', '4Q',
    ]);
  });

  it('leaves shares, places, units and halves of a game alone', () => {
    expect(parsed(quarterParser, 'A quarter of the crew lived in the Old Quarter; rates rose a quarter-point.')).toEqual([]);
    expect(parsed(quarterParser, 'The hosts scored twice in the second half of the match and early in the first half.')).toEqual([]);
    expect(parsed(quarterParser, 'Revenue fell in the quarter of the budget year.')).toEqual([]);
  });

  it('values a quarter with no year as this year’s, or last year’s when it is still ahead', () => {
    expect(pairs('Third-quarter profit at Orchard Mills rose 4%.', '2024-11-05')).toEqual([['Third-quarter', '2024-Q3']]);
    expect(pairs('Orchard Mills lost money in the fourth quarter.', '2025-02-10')).toEqual([['the fourth quarter', '2024-Q4']]);
    expect(pairs('Orchard Mills expects stronger second-half sales.', '2024-05-01')).toEqual([['second-half', '2024-H2']]);
  });

  it('reads a year named before the quarter', () => {
    expect(pairs("Sales beat last year's third quarter and the 2019 second quarter.", '2024-11-05')).toEqual([
      ["last year's third quarter", '2023-Q3'], ['the 2019 second quarter', '2019-Q2'],
    ]);
  });

  it('values "the quarter", "this quarter" and "the year-ago quarter" from the reference when no quarter is named', () => {
    expect(pairs('Orders slowed in the quarter, and this quarter looks no better.', '2024-11-05')).toEqual([
      ['the quarter', '2024-Q3'], ['this quarter', '2024-Q4'],
    ]);
    expect(pairs('Margins were thinner than in the year-ago quarter.', '2024-11-05')).toEqual([['the year-ago quarter', '2023-Q3']]);
  });
});
