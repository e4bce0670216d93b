import { describe, expect, it } from 'vitest';
import { decoratedHeadline, dropPipeTail, dropSitePart, isShortLabel } from '../../../src/article/rules/headline-shape.js';
import { htmlArticle } from '../../../src/article/html.js';

const P = '<p>The valley orchard opened its gates to cider makers from three counties, the growers said, after a wet spring cut the early harvest.</p>'.repeat(3);
const page = (head: string, body: string) => `<html><head>${head}</head><body>${body}</body></html>`;

describe('headline shapes', () => {
  it('drops a first or last headline part that is the site name or its domain', () => {
    expect(dropSitePart('Cider makers flock to the orchard – Valley Gazette', 'Valley Gazette')).toBe('Cider makers flock to the orchard');
    expect(dropSitePart('ValleyGazette.com - Cider makers flock to the orchard', 'ValleyGazette')).toBe('Cider makers flock to the orchard');
    expect(dropSitePart('Cider makers – a valley tradition', 'Valley Gazette')).toBe('Cider makers – a valley tradition');
    expect(dropSitePart('Cider makers flock to the orchard – Valley Gazette', null)).toBe('Cider makers flock to the orchard – Valley Gazette');
    const a = htmlArticle(page('<meta property="og:site_name" content="Valley Gazette"><title>Cider makers flock to the orchard – Valley Gazette</title>', `<h1>Cider makers flock to the orchard – Valley Gazette</h1>${P}`));
    expect(a.title).toBe('Cider makers flock to the orchard');
  });

  it('reads a short h1 under a longer meta title as a label', () => {
    expect(isShortLabel('Our news', 'Cider makers flock to the valley orchard')).toBe(true);
    expect(isShortLabel('Cider makers flock to the orchard', 'Cider makers flock to the valley orchard')).toBe(false);
    expect(isShortLabel('Orchard news', null)).toBe(false);
  });

  it('sees a leading label, a date or a posted-by line around the meta title', () => {
    expect(decoratedHeadline('News: Cider makers flock to the orchard', 'Cider makers flock to the orchard')).toBe(true);
    expect(decoratedHeadline('Mar 3 2025 Cider makers flock to the orchard', 'Cider makers flock to the orchard')).toBe(true);
    expect(decoratedHeadline('Cider makers flock to the orchard Posted on May 2, 2024 by admin', 'Cider makers flock to the orchard')).toBe(true);
    expect(decoratedHeadline('Cider makers flock to the orchard (example.org) 42', 'Cider makers flock to the orchard')).toBe(true);
    // a continuation of the meta title is the headline itself
    expect(decoratedHeadline('Cider makers flock to the orchard: a guide to the season', 'Cider makers flock to the orchard')).toBe(false);
  });

  it('drops short labels after a pipe', () => {
    expect(dropPipeTail('Cider makers flock to the orchard | Opinion')).toBe('Cider makers flock to the orchard');
    expect(dropPipeTail('Cider makers flock to the orchard | Local news | Valley Times')).toBe('Cider makers flock to the orchard');
    expect(dropPipeTail('Cider makers flock | the orchard that three counties came to see this year')).toBe('Cider makers flock | the orchard that three counties came to see this year');
  });

  it('picks the meta title over a one-word-section h1 and over a site-name h1', () => {
    const a = htmlArticle(page('<meta property="og:title" content="Cider makers flock to the valley orchard">', `<h1>Our blog</h1><article>${P}</article>`));
    expect(a.title).toBe('Cider makers flock to the valley orchard');
    const b = htmlArticle(page('<title>Cider makers flock to the orchard • Valley Notes</title>', `<h1>Valley Notes</h1><article>${P}</article>`));
    expect(b.title).toBe('Cider makers flock to the orchard');
  });

  it('keeps one h1 shown twice as the lone headline', () => {
    const a = htmlArticle(page('<meta property="og:title" content="Orchard season | Valley Times">',
      `<h1>Cider makers flock to the valley orchard</h1><h1>Cider makers flock to the valley orchard</h1><article>${P}</article>`));
    expect(a.title).toBe('Cider makers flock to the valley orchard');
  });
});
