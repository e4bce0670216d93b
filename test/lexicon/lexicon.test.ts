import { describe, expect, it } from 'vitest';
import { alternation, formPattern } from '../../src/lexicon/pattern.js';
import { HOLIDAYS } from '../../src/lexicon/holidays.js';
import { HOLIDAY_FORM_PATTERN, holidayIn } from '../../src/facts/dates/holidays.js';
import { MONTH_PATTERN, WEEKDAY_PATTERN } from '../../src/facts/dates/lexicon.js';
import { CALENDAR_WORDS } from '../../src/facts/actors/lexicons.js';
import { datesIn } from '../facts/dates/helpers.js';

const whole = (pattern: string) => new RegExp(`^${pattern}$`, 'u');

describe('word lists into patterns', () => {
  it('lets a written form match its spacing, apostrophe and period variants', () => {
    const re = whole(formPattern('Valentine’s Day'));
    expect(re.test("Valentine's Day")).toBe(true);
    expect(re.test('Valentine’s  Day')).toBe(true);
    expect(re.test('Valentines Day')).toBe(false);
    expect(whole(formPattern('Sept.')).test('Sept')).toBe(true);
    expect(whole(formPattern('a+b')).test('a+b')).toBe(true);
  });

  it('puts longer forms first, an optional period not counted', () => {
    expect(alternation(['Jun.', 'June', 'Christmas', 'Christmas Day'])).toBe('(?:Christmas\\s+Day|Christmas|June|Jun\\.?)');
    const first = new RegExp(alternation(['Christmas', 'Christmas Eve']), 'u').exec('on Christmas Eve')?.[0];
    expect(first).toBe('Christmas Eve');
  });

  it('builds the month and weekday patterns from the calendar lists', () => {
    expect(whole(MONTH_PATTERN).test('Sept.')).toBe(true);
    expect(whole(MONTH_PATTERN).test('June')).toBe(true);
    expect(whole(WEEKDAY_PATTERN).test('Thursday')).toBe(true);
    expect(whole(WEEKDAY_PATTERN).test('Thurs')).toBe(false);
  });
});

describe('the holiday table', () => {
  it('gives every holiday a day and every form to the parser', () => {
    for (const holiday of HOLIDAYS) {
      expect(holidayIn(holiday.name, 2030).year).toBe(2030);
      for (const form of holiday.forms) expect(whole(HOLIDAY_FORM_PATTERN).test(form), form).toBe(true);
    }
  });

  it('is what the date parser and the actor filter read', () => {
    expect(datesIn('The ferry resumes after Boxing Day.', '2026-12-01').map((d) => d.value)).toEqual(['2026-12-26']);
    expect(CALENDAR_WORDS.has('halloween')).toBe(true);
    expect(CALENDAR_WORDS.has('ramadan')).toBe(true);
    expect(CALENDAR_WORDS.has('boxing')).toBe(false);
  });
});

describe('shared name, number and ship words', async () => {
  const names = await import('../../src/lexicon/names.js');
  const actorWords = await import('../../src/facts/actors/lexicons.js');
  const quoteWords = await import('../../src/facts/quotes/lexicon.js');
  const equipmentWords = await import('../../src/facts/equipment/lexicon.js');
  const { countValue } = await import('../../src/facts/dates/lexicon.js');

  it('gives actors and quotes the same name particles and suffixes', () => {
    expect(actorWords.NAME_PARTICLES).toBe(names.NAME_PARTICLES);
    expect(quoteWords.NAME_PARTICLES).toBe(names.NAME_PARTICLES);
    expect(quoteWords.NAME_SUFFIXES).toBe(actorWords.NAME_SUFFIXES);
    expect(names.NAME_PARTICLES.has('van')).toBe(true);
  });

  it('counts with one list of number words', () => {
    expect(countValue('ninety')).toBe(90);
    expect(countValue('an')).toBe(1);
    expect(equipmentWords.NUMBER_WORDS.get('a dozen')).toBe(12);
    expect(equipmentWords.NUMBER_WORDS.get('seventeen')).toBe(17);
  });

  it('knows every ship prefix in both extractors', () => {
    for (const prefix of equipmentWords.SHIP_PREFIXES) expect(actorWords.SHIP_PREFIXES.has(prefix.toUpperCase()), prefix).toBe(true);
    for (const prefix of equipmentWords.WEAK_SHIP_PREFIXES) expect(actorWords.SHIP_PREFIXES.has(prefix.toUpperCase()), prefix).toBe(true);
  });
});

describe('organization words', async () => {
  const { CORPORATE_SUFFIXES } = await import('../../src/lexicon/organizations.js');
  const actorWords = await import('../../src/facts/actors/lexicons.js');
  const quoteWords = await import('../../src/facts/quotes/lexicon.js');

  it('gives actors and quotes one list of corporate suffixes', () => {
    for (const suffix of CORPORATE_SUFFIXES) {
      expect(actorWords.ORG_HEADS.has(suffix), suffix).toBe(true);
      expect(quoteWords.ORGANIZATION_WORDS.has(suffix), suffix).toBe(true);
    }
    expect(actorWords.CORPORATE_SUFFIXES).toBe(CORPORATE_SUFFIXES);
  });
});
