import { describe, expect, it } from 'vitest';
import { clockTimeParser } from '../../../../src/facts/dates/parsers/clock-time.js';
import { pairs, parsed } from '../helpers.js';

describe('clockTimeParser', () => {
  it('finds 12-hour times and 24-hour times that name their zone', () => {
    expect(parsed(clockTimeParser, 'Doors at 7 p.m., lights out 11:45 PM, ferry at 6am, uplink 2130 GMT.'))
      .toEqual(['7 p.m.', '11:45 PM', '6am', '2130']);
  });

  it('ignores scores, ratios and words like "am"', () => {
    expect(parsed(clockTimeParser, 'They won 3:2. I am here. Ratio 16:9.')).toEqual([]);
  });

  it('attaches a time to the day in its sentence, else the reference day', () => {
    expect(pairs('The rocket lifted off at 8:51 p.m. on Wednesday.')).toEqual([['8:51 p.m.', '2024-04-10T20:51'], ['Wednesday', '2024-04-10']]);
    expect(pairs('Crews arrived about 4:30 a.m.')).toEqual([['4:30 a.m.', '2024-04-12T04:30']]);
    expect(pairs('Guards left at 12 a.m. and returned at 12 p.m.')).toEqual([['12 a.m.', '2024-04-12T00:00'], ['12 p.m.', '2024-04-12T12:00']]);
  });

  it('takes the day in focus from earlier in the paragraph or the paragraph before', () => {
    expect(pairs('The storm hit on Tuesday. Power failed at 9 p.m.')).toEqual([['Tuesday', '2024-04-09'], ['9 p.m.', '2024-04-09T21:00']]);
    expect(pairs('The storm hit on Tuesday.\n\nPower failed at 9 p.m.')).toEqual([['Tuesday', '2024-04-09'], ['9 p.m.', '2024-04-09T21:00']]);
    expect(pairs('The storm hit on Tuesday.\n\nCrews worked.\n\nPower failed at 9 p.m.')).toEqual([['Tuesday', '2024-04-09'], ['9 p.m.', '2024-04-12T21:00']]);
    // An old date in the paragraph before is background; the time belongs to the news day.
    expect(pairs('“I left home on March 2,” he said.\n\nThe plane landed at 6 a.m.')).toEqual([['March 2', '2024-03-02'], ['6 a.m.', '2024-04-12T06:00']]);
  });
});
