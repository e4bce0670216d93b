import { describe, expect, it } from 'vitest';
import { datesIn, pairs } from './helpers.js';
import { countDatesWithoutValue } from '../../../src/facts/dates/index.js';
import { createTextDocument } from '../../../src/facts/text/document.js';

describe('extractDates', () => {
  it('gives offsets that slice exactly to the text', () => {
    const text = 'On Monday, officials said the bridge, shut since 2019, would reopen in late May.\n\nLast week’s rain delayed it.';
    const facts = datesIn(text);
    expect(facts.length).toBe(4);
    for (const d of facts) expect(text.slice(d.start, d.end)).toBe(d.text);
  });

  it('emits no durations, frequencies, ages or bare numbers', () => {
    expect(pairs('For three years, weekly meetings of 2,000 people lasted two hours; the 45-year-old has 18 months left now.')).toEqual([]);
  });

  it('without a reference day keeps absolute dates, gives yearless ones anchor-free values and drops relative ones', () => {
    expect(pairs('The law passed on Aug. 6, 1998 and was amended on Tuesday, last year.', null)).toEqual([
      ['Aug. 6, 1998', '1998-08-06'], ['Tuesday', 'XXXX-WXX-2'],
    ]);
    expect(pairs('The dam opened on May 4 and closed in June, last June and yesterday.', null)).toEqual([
      ['May 4', 'XXXX-05-04'], ['June', 'XXXX-06'],
    ]);
  });

  it('counts what it cannot value without a reference day', () => {
    const doc = createTextDocument('The dam opened on May 4 and closed yesterday, and last week.');
    expect(countDatesWithoutValue(doc, { referenceDate: null })).toBe(2);
    expect(countDatesWithoutValue(doc, { referenceDate: '2024-04-12' })).toBe(0);
  });

  it('stays fast and finds nothing in long runs of digits and dashes', () => {
    const runs = ['1'.repeat(100_000), '-'.repeat(100_000), '1-'.repeat(50_000), '12/'.repeat(33_000), 'May '.repeat(25_000)];
    for (const text of runs) expect(datesIn(text).length).toBeLessThan(30_000);
  });
});

describe('extractDates: attributive dates', () => {
  it('reads no tense for a date used as an adjective', () => {
    // "to be completed" would push a tense-read October into next year.
    expect(pairs('A pact, once expected to be completed after an October summit, may slip.', '2024-11-20'))
      .toEqual([['October', '2024-10']]);
    expect(pairs('The board will review the March 3 vote.', '2024-11-20')).toEqual([['March 3', '2024-03-03']]);
  });
});

describe('extractDates: embedded posts', () => {
  it('counts from an embedded post dated just after the reference day', () => {
    const text = 'The mayor replied on social media Tuesday.\n\nWe will rebuild the pier.\n\n— Mayor Lee (@MayorLee) April 16, 2024';
    expect(pairs(text, '2024-04-15')).toEqual([['Tuesday', '2024-04-16'], ['April 16, 2024', '2024-04-16']]);
  });

  it('ignores a post dated long after the reference day', () => {
    const text = 'The mayor replied on Tuesday.\n\n— Mayor Lee (@MayorLee) May 16, 2024';
    expect(pairs(text, '2024-04-15')).toEqual([['Tuesday', '2024-04-09'], ['May 16, 2024', '2024-05-16']]);
  });
});
