import { describe, expect, it } from 'vitest';
import { cleanAuthors, dateFromProse, normalizeDate, stripSiteFromTitle } from '../../src/article/normalize.js';

describe('normalizeDate', () => {
  it('keeps ISO values as written, never converting to UTC', () => {
    expect(normalizeDate('2024-04-12 07:00:00')).toBe('2024-04-12T07:00:00');
    expect(normalizeDate('2019-11-18T23:04:24-05:00')).toBe('2019-11-18T23:04:24-05:00');
    expect(normalizeDate('2019-11-18T23:04-0500')).toBe('2019-11-18T23:04-05:00');
    expect(normalizeDate('2019-11-20T01:50:59.403Z')).toBe('2019-11-20T01:50:59Z');
    expect(normalizeDate('2017-11-03 03:01:00.000000')).toBe('2017-11-03T03:01:00');
    expect(normalizeDate('20180102')).toBe('2018-01-02');
  });

  it('rejects placeholder and impossible dates', () => {
    expect(normalizeDate('0001-01-01T00:00:00Z')).toBeNull();
    expect(normalizeDate('2019-13-40')).toBeNull();
    expect(normalizeDate('yesterday')).toBeNull();
  });
});

describe('dateFromProse', () => {
  it('reads month-day-year with a clock after or before the date', () => {
    expect(dateFromProse('Nov. 19, 2019 5:50 PM')).toBe('2019-11-19T17:50');
    expect(dateFromProse('Published 11:34 PM EST Nov 19, 2019')).toBe('2019-11-19T23:34:00-05:00');
    expect(dateFromProse('Dec. 6, 2024, 10:00 PM UTC')).toBe('2024-12-06T22:00:00+00:00');
  });

  it('reads day-month-year and plain dates', () => {
    expect(dateFromProse('19 November 2019 10:15')).toBe('2019-11-19T10:15');
    expect(dateFromProse('March 3, 2022')).toBe('2022-03-03');
    expect(dateFromProse('12:30 am, 1st of June 2020')).toBe('2020-06-01T00:30');
  });

  it('accepts a yearless date only on the reference day', () => {
    expect(dateFromProse('March 18 at 3:57 PM', '2015-03-18')).toBe('2015-03-18T15:57');
    expect(dateFromProse('March 19 at 3:57 PM', '2015-03-18')).toBeNull();
    expect(dateFromProse('March 18 at 3:57 PM')).toBeNull();
  });

  it('ignores ambiguous zones instead of inventing one', () => {
    expect(dateFromProse('Nov. 19, 2019 5:50 p.m. ET')).toBe('2019-11-19T17:50');
  });
});

describe('cleanAuthors', () => {
  it('splits "A and B", drops "By", roles, sites, initials and agencies', () => {
    expect(cleanAuthors(['By Mira Talvik and Jon Presk'])).toEqual(['Mira Talvik', 'Jon Presk']);
    expect(cleanAuthors(['Lena Hart, Staff Writer'])).toEqual(['Lena Hart']);
    expect(cleanAuthors(['Harbour Daily'], 'Harbour Daily')).toEqual([]);
    expect(cleanAuthors(['J J', 'AP', 'https://example.com/people/x'])).toEqual([]);
    expect(cleanAuthors(['Por César Salza'])).toEqual(['César Salza']);
    expect(cleanAuthors(['Jane Doe Updated 5:04 PM'])).toEqual(['Jane Doe']);
    expect(cleanAuthors(['Lena Hart Games Editor'])).toEqual(['Lena Hart']);
    expect(cleanAuthors(['By Tom Reed March 11, 2015'])).toEqual(['Tom Reed']);
  });

  it('refuses credits, labels, tags and weekdays; keeps particles, a last initial and a glued "by"', () => {
    expect(cleanAuthors(['Reviewed by Ines Varga'])).toEqual([]);
    expect(cleanAuthors(['Written By'])).toEqual([]);
    expect(cleanAuthors(['Local politics'])).toEqual([]);
    expect(cleanAuthors(['Sat, 20 Dec, 2025 - 06:36'])).toEqual([]);
    expect(cleanAuthors(['Pia de la Fuente', 'Rune van Dijk'])).toEqual(['Pia de la Fuente', 'Rune van Dijk']);
    expect(cleanAuthors(['Tomas K'])).toEqual(['Tomas K']);
    expect(cleanAuthors(['byIlse Marchetti'])).toEqual(['Ilse Marchetti']);
    expect(cleanAuthors(['Posted by Ilse Marchetti on May 4'])).toEqual(['Ilse Marchetti']);
    expect(cleanAuthors(['Ilse Marchetti - Product marketer'])).toEqual(['Ilse Marchetti']);
  });
});

describe('stripSiteFromTitle', () => {
  it('drops the site name part', () => {
    expect(stripSiteFromTitle('Harbour plan approved | Harbour Daily', 'Harbour Daily')).toBe('Harbour plan approved');
    expect(stripSiteFromTitle('Harbour plan approved - The Daily Tide')).toBe('Harbour plan approved');
    expect(stripSiteFromTitle('Harbour plan: what it means for the fishing fleet')).toBe('Harbour plan: what it means for the fishing fleet');
  });
});
