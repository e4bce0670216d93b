import { describe, expect, it } from 'vitest';
import { yearParser } from '../../../../src/facts/dates/parsers/year.js';
import { pairs, parsed } from '../helpers.js';

describe('yearParser', () => {
  it('finds years after prepositions, in possessives and before a noun', () => {
    expect(parsed(yearParser, 'The dam, built in 1962, has leaked since 2002 and will stand until at least 2031.'))
      .toEqual(['1962', '2002', '2031']);
    expect(parsed(yearParser, 'Their 2020 session ended early. 2019’s floods were worse. The mayor’s 2016 campaign won.'))
      .toEqual(['2020', '2019', '2016']);
  });

  it('finds a year opening a sentence', () => {
    expect(parsed(yearParser, 'Rain fell. 2011 was the wettest year.')).toEqual(['2011']);
  });

  it('rejects counts, money, longer numbers and codes', () => {
    expect(parsed(yearParser, 'About 2000 troops, 1,999 voters, $2015 in fees, 20150 units, 2019.5 points and route 1984/2.'))
      .toEqual([]);
    expect(parsed(yearParser, 'The league has 2020 members and 1900 people came.')).toEqual([]);
    expect(parsed(yearParser, 'Police searched a home of 1909 Birchwood Lane Drive and one at 2011 Elm St.')).toEqual([]);
  });

  it('reads "mid-2026" but no year after any other hyphen', () => {
    expect(parsed(yearParser, 'The bridge should open by mid-2026, after the F-2030 design and a 4-2019 vote.')).toEqual(['2026']);
    expect(pairs('Tolls rise in mid-2027.')).toEqual([['mid-2027', '2027']]);
  });

  it('resolves to the year itself', () => {
    expect(pairs('Ridership fell in 2013.')).toEqual([['2013', '2013']]);
  });
});

describe('yearParser: quantities and model years', () => {
  it('rejects a quantity after a measure noun and "of"', () => {
    expect(parsed(yearParser, 'The chip earned a score of 2072 in the test, the best of 2019.')).toEqual(['2019']);
  });

  it('rejects model years but keeps years of events and sessions', () => {
    expect(parsed(yearParser, 'The 2021 Toyota Camry and the 2019 iPhone sold well; the 2016 model did not.')).toEqual([]);
    expect(parsed(yearParser, 'Its 2018 RAV4 and a 2015 e-Golf were recalled, unlike the 2017 ThinkPad.')).toEqual([]);
    expect(parsed(yearParser, 'Before the 2008 Olympics and the 2020 session, crowds gathered.')).toEqual(['2008', '2020']);
  });
});

describe('yearParser: "both", "due" and an adjective before the year', () => {
  it('finds years after "both" and "due"', () => {
    expect(parsed(yearParser, 'Costs will rise in both 2031 and 2032, and the bonds due 2035 were sold.'))
      .toEqual(['2031', '2032', '2035']);
  });

  it('finds a year between a determiner with an adjective and a singular noun', () => {
    expect(parsed(yearParser, 'She recalled her failed 2004 bid and the governor’s unsuccessful 1998 campaign.'))
      .toEqual(['2004', '1998']);
  });

  it('keeps counts after a determiner and an adjective out', () => {
    expect(parsed(yearParser, 'An estimated 2000 strong crowd came, and the added 1500 seats filled with the hired 1200 staff.'))
      .toEqual([]);
  });
});
