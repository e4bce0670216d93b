// Pages with no sign of being a story are read as their main region (src/article/rules/main-region.ts isUndeclaredPage).
import { describe, expect, it } from 'vitest';
import { htmlArticle } from '../../../src/article/html.js';
import { isUndeclaredPage, regionIsContent } from '../../../src/article/rules/main-region.js';

const STORY =
  '<p>The workshop by the mill pond has made brass lanterns for three generations, and each one is still shaped, soldered and polished by hand before it leaves the bench.</p>';
const box = (title: string) =>
  `<section class="feature"><h2>${title}</h2><p>${title} for every lantern we have ever sold, booked online or at the counter.</p></section>`;
const landing = (head: string) =>
  `<html><head><title>Lantern workshop</title>${head}</head><body><div class="intro">${STORY.repeat(5)}</div>` +
  `${box('Free repairs')}${box('Spare glass panes')}</body></html>`;

describe('isUndeclaredPage', () => {
  it('reads an undated page without article markup whole: every feature box', () => {
    const a = htmlArticle(landing(''));
    expect(a.pageKind).toBe('article'); // nothing says it is something else
    expect(a.text).toContain('mill pond');
    expect(a.text).toContain('Free repairs for every lantern');
    expect(a.text).toContain('Spare glass panes for every lantern');
  });

  it('keeps reading a dated story as its best block', () => {
    const a = htmlArticle(landing('<meta property="article:published_time" content="2031-05-04T09:00:00Z">'));
    expect(a.text).toContain('mill pond');
    expect(a.text).not.toContain('Spare glass panes for every lantern');
  });

  it('keeps reading an undated story with a byline as its best block', () => {
    const byline = '<div class="intro"><p class="byline">By Wren Aldous</p>';
    const a = htmlArticle(landing('').replace('<div class="intro">', byline));
    expect(a.text).toContain('mill pond');
    expect(a.text).not.toContain('Spare glass panes for every lantern');
  });

  it('decides from the kind, the date, the authors and the article markup', () => {
    const none = { pageKind: 'article' as const, publishedAt: null, authors: [], articleEvidence: false };
    expect(isUndeclaredPage(none)).toBe(true);
    expect(isUndeclaredPage({ ...none, publishedAt: '2031-05-04' })).toBe(false);
    expect(isUndeclaredPage({ ...none, authors: ['Wren Aldous'] })).toBe(false);
    expect(isUndeclaredPage({ ...none, articleEvidence: true })).toBe(false);
    expect(isUndeclaredPage({ ...none, pageKind: 'listing' })).toBe(false);
  });

  it('still reads a named article body or a story-length pick alone', () => {
    const region = { len: 10000, linkLen: 500 };
    expect(regionIsContent({ len: 3000, linkLen: 0 }, region, 'article', true, true)).toBe(true);
    expect(regionIsContent({ len: 3000, linkLen: 0, bodyLikeLen: 3000 }, region, 'article', true, true)).toBe(false);
    expect(regionIsContent({ len: 3000, linkLen: 0 }, region, 'article', false, true)).toBe(false);
    expect(regionIsContent({ len: 1500, linkLen: 0 }, region, 'article', false, true)).toBe(true);
  });
});
