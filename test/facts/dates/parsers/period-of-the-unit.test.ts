import { describe, expect, it } from 'vitest';
import { periodOfTheUnitParser } from '../../../../src/facts/dates/parsers/period-of-the-unit.js';
import { parsed, triples } from '../helpers.js';

describe('periodOfTheUnitParser', () => {
  it('finds parts of the year, month and week named with "the"', () => {
    expect(parsed(periodOfTheUnitParser, 'The mill closes by the end of the year, reopens at the beginning of the month and pays in the middle of the week.'))
      .toEqual(['end of the year', 'beginning of the month', 'middle of the week']);
    expect(parsed(periodOfTheUnitParser, 'Rain came later in the week; costs fell early in the year.')).toEqual(['later in the week', 'early in the year']);
  });

  it('finds year-end and month-end after a time preposition', () => {
    expect(triples('The mill closes by year-end and pays before month’s end; year-end bonuses shrank.'))
      .toEqual([['year-end', '2024', 'end'], ['month’s end', '2024-04', 'end']]);
  });

  it('skips compounds, named years and the day idiom', () => {
    expect(parsed(periodOfTheUnitParser, 'At the end of the month-long fast, and at the start of the year 2020, at the end of the day.')).toEqual([]);
  });

  it('resolves to the reference period with the part as modifier (reference Friday 2024-04-12)', () => {
    expect(triples('The bridge will open by the end of the year.')).toEqual([['end of the year', '2024', 'end']]);
    expect(triples('Rents rose at the beginning of the month.')).toEqual([['beginning of the month', '2024-04', 'beginning']]);
    expect(triples('The vote comes later in the week.')).toEqual([['later in the week', '2024-W15', 'later']]);
  });
});

describe('periodFromStoryTime', () => {
  it('takes the year or month the sentence named after "in"', () => {
    expect(triples('In 2019 the plant cut 300 jobs, and by the end of the year it had shut.'))
      .toEqual([['2019', '2019', null], ['end of the year', '2019', 'end']]);
    expect(triples('In January the plant cut jobs and by the end of the month it had shut.'))
      .toEqual([['January', '2024-01', null], ['end of the month', '2024-01', 'end']]);
  });

  it('keeps the reference year after "since"', () => {
    expect(triples('Prices have risen since 2019 and will peak by the end of the year.'))
      .toEqual([['2019', '2019', null], ['end of the year', '2024', 'end']]);
  });
});
