import { describe, expect, it } from 'vitest';
import { relativeDayParser } from '../../../../src/facts/dates/parsers/relative-day.js';
import { datesIn, pairs, parsed } from '../helpers.js';

describe('relativeDayParser', () => {
  it('finds today, yesterday, tomorrow, tonight and this morning / last night', () => {
    expect(parsed(relativeDayParser, 'Yesterday it rained, today it is dry, tonight it freezes; last night was calm and this morning too.'))
      .toEqual(['Yesterday', 'today', 'tonight', 'last night', 'this morning']);
  });

  it('skips the newspaper name', () => {
    expect(parsed(relativeDayParser, 'She told USA Today about it.')).toEqual([]);
  });

  it('resolves against the reference day with a part-of-day modifier', () => {
    expect(pairs('Ministers met yesterday and meet again tomorrow.')).toEqual([['yesterday', '2024-04-11'], ['tomorrow', '2024-04-13']]);
    const [lastNight] = datesIn('Sirens sounded last night.');
    expect(lastNight).toMatchObject({ text: 'last night', value: '2024-04-11TNI', modifier: 'night' });
  });
});

describe('relativeDayParser: names', () => {
  it('skips a capitalised day word inside a sentence (a title or a column name)', () => {
    expect(parsed(relativeDayParser, 'The fair promised a City of Tomorrow. Sign up for Garden Today by email.')).toEqual([]);
    expect(parsed(relativeDayParser, 'Today, the fair opens. “Tomorrow we rest,” she said.')).toEqual(['Today', 'Tomorrow']);
    expect(parsed(relativeDayParser, "The mayor spoke. ``Today we open the bridge,'' she said. (Tomorrow it rains.)")).toEqual(['Today', 'Tomorrow']);
  });
});

describe('relativeDayParser: the present era', () => {
  it('skips "today\'s" for the present era or a share of what exists now, keeps it for the day', () => {
    expect(parsed(relativeDayParser, 'In today’s world, by today\'s standards, many of today\'s cheap phones fail, and tomorrow\'s generation will see.'))
      .toEqual([]);
    expect(parsed(relativeDayParser, 'Today\'s vote was delayed, and today’s session closed early.')).toEqual(['Today', 'today']);
  });
});
