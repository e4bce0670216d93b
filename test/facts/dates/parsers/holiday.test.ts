import { describe, expect, it } from 'vitest';
import { holidayParser } from '../../../../src/facts/dates/parsers/holiday.js';
import { pairs, parsed } from '../helpers.js';

const REFERENCE = '2025-03-12';

describe('holidayParser', () => {
  it('finds holidays named as days', () => {
    expect(parsed(holidayParser, 'The strike ran from Easter to Christmas, paused on New Year’s Day and ended on Good Friday.'))
      .toEqual(['Easter', 'Christmas', 'New Year’s Day', 'Good Friday']);
    expect(parsed(holidayParser, 'The polls close before Thanksgiving, and the fireworks are on New Year\'s Eve; Valentine’s Day was on a Friday.'))
      .toEqual(['Thanksgiving', 'New Year\'s Eve', 'Valentine’s Day']);
    expect(parsed(holidayParser, 'Sales dipped last Christmas and in Easter 2020, ahead of Halloween.'))
      .toEqual(['last Christmas', 'Easter 2020', 'Halloween']);
  });

  it('skips the feast as a subject, longer names and compounds', () => {
    expect(parsed(holidayParser, 'Christmas is a time for family. The Easter Rising shook the city. Flights to Christmas Island resumed.')).toEqual([]);
    expect(parsed(holidayParser, 'Christmas shopping rose, as did Black Friday sales and Valentine’s Day cards.')).toEqual([]);
    expect(parsed(holidayParser, 'The town lights a tree every Christmas and each year on Halloween.')).toEqual([]);
  });

  it('needs a time word before a name that is also a sales event', () => {
    expect(parsed(holidayParser, 'Black Friday pricing is live. Prices will drop on Black Friday and Cyber Monday.'))
      .toEqual(['Black Friday', 'Cyber Monday']);
  });

  it('takes a name that says Day or Sunday as the day, with no time word', () => {
    expect(parsed(holidayParser, 'The boat was found Thanksgiving Day off the coast. Crowds gathered Easter Sunday. Thanksgiving is a feast.'))
      .toEqual(['Thanksgiving Day', 'Easter Sunday']);
    expect(parsed(holidayParser, 'The Thanksgiving Day parade drew crowds.')).toEqual([]);
  });

  it('skips text that is not English', () => {
    expect(parsed(holidayParser, 'Il Black Friday si è trasformato nella settimana del Black Friday, con sconti e offerte per tutti i clienti.')).toEqual([]);
  });
});

describe('holidays resolved (reference Wednesday 2025-03-12)', () => {
  it('reads the year from tense like a month and day', () => {
    expect(pairs('Shops closed on New Year’s Day.', REFERENCE)).toEqual([['New Year’s Day', '2025-01-01']]);
    expect(pairs('The budget must pass before Christmas.', REFERENCE)).toEqual([['Christmas', '2025-12-25']]);
    expect(pairs('Talks will resume after Easter.', REFERENCE)).toEqual([['Easter', '2025-04-20']]);
    expect(pairs('The factory shut before Thanksgiving.', REFERENCE)).toEqual([['Thanksgiving', '2024-11-28']]);
  });

  it('uses a written year', () => {
    expect(pairs('The ferry sank on Christmas Eve 2004.', REFERENCE)).toEqual([['Christmas Eve 2004', '2004-12-24']]);
  });
});

describe('holidays with parts of the day', () => {
  it('takes a daypart after and early/late before', () => {
    expect(pairs('Looters struck on Christmas morning and again late Christmas Eve.', REFERENCE))
      .toEqual([['Christmas morning', '2024-12-25TMO'], ['late Christmas Eve', '2024-12-24']]);
  });
});
