import { describe, expect, it } from 'vitest';
import { isTitleLeadPart } from '../../../src/article/rules/title-lead-part.js';
import { htmlArticle } from '../../../src/article/html.js';

const P = '<p>The valley orchard opened its gates to cider makers from three counties, the growers said, after a wet spring cut the early harvest.</p>'.repeat(3);

describe('an h1 that is the first part of the meta title', () => {
  it('is the lead part when it equals the part before a pipe or a dash', () => {
    expect(isTitleLeadPart('history of cider', 'History of cider | Orchards, presses, trade, festivals & timeline | Valley Almanac')).toBe(true);
    expect(isTitleLeadPart('Cider presses', 'Cider presses – a buyer guide for small orchards')).toBe(true);
  });

  it('is not when it is a later part, one word, or the title has no parts', () => {
    expect(isTitleLeadPart('Valley Almanac', 'About - Valley Almanac')).toBe(false);
    expect(isTitleLeadPart('Presses', 'Presses | Cider presses for small orchards')).toBe(false);
    expect(isTitleLeadPart('History of cider', 'History of cider in the valley')).toBe(false);
  });

  it('gives the h1 as the title over a keyword-laden meta title', () => {
    const a = htmlArticle(`<html><head><meta property="og:title" content="History of cider | Orchards, presses, trade, festivals & timeline | Almanac"><meta property="og:site_name" content="Almanac"></head><body><h1>history of cider</h1><article>${P}</article></body></html>`);
    expect(a.title).toBe('history of cider');
  });
});
