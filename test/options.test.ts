import { describe, expect, it } from 'vitest';
import { normalizeReferenceDate, parseReferenceDate } from '../src/options.js';
import { referenceDayFor } from '../src/pipeline.js';

describe('parseReferenceDate', () => {
  it('reads a plain day with no time and no zone', () => {
    expect(parseReferenceDate('2031-07-04')).toEqual({ day: '2031-07-04', time: null, zone: null });
  });

  it('keeps the time of day and the zone as written, without converting to UTC', () => {
    expect(parseReferenceDate('2031-07-04T23:15:09-07:00')).toEqual({ day: '2031-07-04', time: { hour: 23, minute: 15 }, zone: '-07:00' });
    expect(parseReferenceDate('2031-07-04T06:05Z')).toEqual({ day: '2031-07-04', time: { hour: 6, minute: 5 }, zone: 'Z' });
    expect(parseReferenceDate('2031-07-04 06:05:00.250+0530')?.zone).toBe('+0530');
  });

  it('accepts the basic format and an hour alone', () => {
    expect(parseReferenceDate('20310704T0830')).toEqual({ day: '2031-07-04', time: { hour: 8, minute: 30 }, zone: null });
    expect(parseReferenceDate('2031-07-04T08')?.time).toEqual({ hour: 8, minute: 0 });
  });

  it('reads 24:00 as the start of the next day', () => {
    expect(parseReferenceDate('2031-12-31T24:00')).toEqual({ day: '2032-01-01', time: { hour: 0, minute: 0 }, zone: null });
  });

  it('refuses days and times that do not exist, and text that is no ISO-8601 value', () => {
    for (const bad of ['2031-02-29', '2031-13-01', '2031-07-04T25:00', '2031-07-04T10:61', '2031-07-04T10:00+25:00', '04/07/2031', 'July 4', '2031-07-04T', '']) {
      expect(parseReferenceDate(bad), bad).toBeNull();
    }
  });
});

describe('normalizeReferenceDate', () => {
  it('gives one canonical form: the day, or the day with hours, minutes and zone', () => {
    expect(normalizeReferenceDate('2031-07-04')).toBe('2031-07-04');
    expect(normalizeReferenceDate('20310704T083000z')).toBe('2031-07-04T08:30Z');
    expect(normalizeReferenceDate('2031-07-04T08:30:59.9+02:00')).toBe('2031-07-04T08:30+02:00');
    expect(normalizeReferenceDate('yesterday')).toBeNull();
  });
});

describe('referenceDayFor', () => {
  it('prefers the publication date, then the feed item date, then --reference-date', () => {
    const options = { referenceDate: '2031-01-01', feedItemDate: '2031-02-02T10:00:00.000Z' };
    expect(referenceDayFor({ publishedAt: '2031-03-03T07:45:00-05:00' }, options)).toBe('2031-03-03T07:45-05:00');
    expect(referenceDayFor({ publishedAt: null }, options)).toBe('2031-02-02T10:00Z');
    expect(referenceDayFor({ publishedAt: null }, { referenceDate: '2031-01-01' })).toBe('2031-01-01');
    expect(referenceDayFor({ publishedAt: null }, { referenceDate: null })).toBeNull();
  });

  it('still takes the day of a publication timestamp that is not clean ISO-8601', () => {
    expect(referenceDayFor({ publishedAt: '2031-03-03 at noon' }, { referenceDate: null })).toBe('2031-03-03');
  });
});
