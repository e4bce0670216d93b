// Titles of works in quotation marks are no quotes (src/facts/quotes/title-of-work.ts).
import { describe, expect, it } from 'vitest';
import { dropTitlesOfWorks, isTitleOfWork } from '../../../src/facts/quotes/title-of-work.js';
import { quoteTextsOf as texts } from './helpers.js';

describe('dropTitlesOfWorks', () => {
  it('drops a show named after a possessive, even with a speech verb next to it', () => {
    const text = 'Speaking on the network’s “Harbor Morning Report,” Mayor Ada Quill said the ferry “will run again by spring.”';
    expect(texts(text)).toEqual(['will run again by spring.']);
  });

  it('drops a show after "on", "with" or "told", and a title after a work noun', () => {
    expect(texts('Ada Quill said in an interview with “Valley Sunday Talk.”')).toEqual([]);
    expect(texts('“We are ready,” Ada Quill told “Dawn With Dan and Dee,” adding nothing.')).toEqual(['We are ready']);
    expect(texts('Ben Ortiz is a co-host of the weekly podcast “So, That Happened.” Listen below.')).toEqual([]);
  });

  it('keeps title-case speech that follows a cue, and quotes in a title-case headline', () => {
    expect(texts('The crowd chanted, “Save Our Park Now!” as the council met.')).toEqual(['Save Our Park Now!']);
    const headline = 'Quill Says Council In ‘Deep Trouble Over Budget’';
    const open = headline.indexOf('‘');
    const close = headline.indexOf('’');
    const c = { open, close, start: open + 1, end: close, paragraph: 0, runsOn: false, continued: false };
    expect(isTitleOfWork(headline, c)).toBe(false);
    expect(isTitleOfWork(headline.replace('In', 'in'), c)).toBe(true);
  });

  it('keeps a sentence-case passage after a possessive', () => {
    expect(texts('It was the mayor’s “last chance to fix the budget,” one aide said.')).toEqual(['last chance to fix the budget']);
  });

  it('leaves run-on pieces alone', () => {
    const c = { open: 3, close: 20, start: 4, end: 19, paragraph: 0, runsOn: true, continued: false };
    expect(dropTitlesOfWorks('on “Valley Sunday Talk', [c])).toEqual([c]);
  });
});
