import { describe, expect, it } from 'vitest';
import { partOfDayCode, withPartOfDay } from '../../../src/facts/dates/part-of-day.js';
import { pairs, triples } from './helpers.js';

describe('partOfDayCode', () => {
  it('reads the last word of the modifier', () => {
    expect(partOfDayCode('morning')).toBe('MO');
    expect(partOfDayCode('late night')).toBe('NI');
    expect(partOfDayCode('late')).toBeNull();
    expect(partOfDayCode('overnight')).toBeNull();
    expect(partOfDayCode(null)).toBeNull();
  });

  it('extends only a full day', () => {
    expect(withPartOfDay('2024-04-10', 'evening')).toBe('2024-04-10TEV');
    expect(withPartOfDay('2024-04', 'evening')).toBe('2024-04');
    expect(withPartOfDay('2024-04-10', 'early')).toBe('2024-04-10');
  });
});

describe('parts of day in values (reference Friday 2024-04-12)', () => {
  it('gives a weekday its part of the day', () => {
    expect(pairs('The ferry docked Wednesday night.')).toEqual([['Wednesday night', '2024-04-10TNI']]);
    expect(pairs('The jury retired on Tuesday morning.')).toEqual([['Tuesday morning', '2024-04-09TMO']]);
    expect(pairs('The vote came Thursday afternoon.')).toEqual([['Thursday afternoon', '2024-04-11TAF']]);
    expect(pairs('The mayor spoke on Monday evening.')).toEqual([['Monday evening', '2024-04-08TEV']]);
    expect(pairs('Crews worked Wednesday daytime only.')).toEqual([['Wednesday daytime', '2024-04-10TDT']]);
  });

  it('gives relative days theirs: tonight and this morning are today, last night yesterday', () => {
    expect(pairs('The band plays tonight.')).toEqual([['tonight', '2024-04-12TNI']]);
    expect(pairs('The bridge reopened this morning.')).toEqual([['this morning', '2024-04-12TMO']]);
    expect(pairs('The shop closes this afternoon.')).toEqual([['this afternoon', '2024-04-12TAF']]);
    expect(pairs('Guests arrive this evening.')).toEqual([['this evening', '2024-04-12TEV']]);
    expect(pairs('A storm passed last night.')).toEqual([['last night', '2024-04-11TNI']]);
  });

  it('keeps early/late as modifiers that do not change the value', () => {
    expect(triples('The talks ended late Thursday night.')).toEqual([['late Thursday night', '2024-04-11TNI', 'late night']]);
    expect(triples('The talks ended late Thursday.')).toEqual([['late Thursday', '2024-04-11', 'late']]);
    expect(triples('The convoy left early Sunday morning.')).toEqual([['early Sunday morning', '2024-04-07TMO', 'early morning']]);
  });

  it('leaves overnight and clock times as they were', () => {
    expect(pairs('Overnight, rain flooded the road.')).toEqual([['Overnight', '2024-04-12']]);
    expect(pairs('The ferry docked Wednesday night at 11 p.m.')).toEqual([['Wednesday night', '2024-04-10TNI'], ['11 p.m.', '2024-04-10T23:00']]);
  });
});
