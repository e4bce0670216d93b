/**
 * Several parsers first test the text for their fixed words with one cheap
 * scan and skip their full pattern when the words are absent. A gate must
 * never be narrower than its pattern: each case below is an expression the
 * pattern accepts in an unusual form (capitals, other spacing, hyphens), and
 * the parser must still find it.
 */
import { describe, expect, it } from 'vitest';
import { agoParser } from '../../../../src/facts/dates/parsers/ago.js';
import { decadeParser } from '../../../../src/facts/dates/parsers/decade.js';
import { hourOfPartOfDayParser } from '../../../../src/facts/dates/parsers/hour-of-part-of-day.js';
import { noonMidnightParser } from '../../../../src/facts/dates/parsers/noon-midnight.js';
import { periodOfTheUnitParser } from '../../../../src/facts/dates/parsers/period-of-the-unit.js';
import { seasonParser } from '../../../../src/facts/dates/parsers/season.js';
import { yearEarlierParser } from '../../../../src/facts/dates/parsers/year-earlier.js';
import { parsed } from '../helpers.js';

describe('parser gates let through every form their pattern accepts', () => {
  it('noon and midnight, capitalized at a sentence start', () => {
    expect(parsed(noonMidnightParser, 'The vote closes at noon.')).toEqual(['noon']);
    expect(parsed(noonMidnightParser, 'Midnight passed.')).toEqual(['Midnight']);
  });

  it('an hour of a part of the day with a line break and capitals', () => {
    expect(parsed(hourOfPartOfDayParser, 'The ferry left at 5 In The\nMorning and came back at ten AT NIGHT.')).toEqual(['5 In The\nMorning', 'ten AT NIGHT']);
  });

  it('periods of the unit and unit ends in both patterns', () => {
    expect(parsed(periodOfTheUnitParser, 'Work stops at the END OF THE  YEAR and resumes later in the month.')).toEqual(['END OF THE  YEAR', 'later in the month']);
    expect(parsed(periodOfTheUnitParser, "The plan is due by Year-End, the audit before month's end.")).toEqual(['Year-End', "month's end"]);
  });

  it('seasons capitalized at a sentence start', () => {
    expect(parsed(seasonParser, 'Last Winter the bridge opened.')).toEqual(['Last Winter']);
  });

  it('"ago" in capitals', () => {
    expect(parsed(agoParser, 'THREE DAYS AGO the market fell.')).toEqual(['THREE DAYS AGO']);
  });

  it('numeric and spelled decades, each behind its own gate', () => {
    expect(parsed(decadeParser, 'Built in the 1970s, rebuilt in the eighties.')).toEqual(['the 1970s', 'the eighties']);
    expect(parsed(decadeParser, "Music of the '60s.")).toEqual(["the '60s"]);
  });

  it('"a year earlier" across a no-break space and in capitals', () => {
    expect(parsed(yearEarlierParser, 'Sales rose from a year\u00a0earlier.')).toEqual(['a year\u00a0earlier']);
    expect(parsed(yearEarlierParser, 'A YEAR BEFORE, they fell.')).toEqual(['A YEAR BEFORE']);
  });
});
