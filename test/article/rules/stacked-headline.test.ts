import { describe, expect, it } from 'vitest';
import { parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import { headlineLines } from '../../../src/article/rules/stacked-headline.js';
import { htmlArticle } from '../../../src/article/html.js';

const h1Of = (html: string): Element => parseDocument(html).children[0] as Element;
const P = '<p>The valley orchard opened its gates to cider makers from three counties, the growers said, after a wet spring cut the early harvest.</p>'.repeat(3);

describe('stacked headlines', () => {
  it('splits an h1 at a <br> and at a subtitle element glued to the headline', () => {
    expect(headlineLines(h1Of('<h1>Cider trails of 2025 (East)<br>Where to taste this autumn</h1>'))).toEqual(['Cider trails of 2025 (East)', 'Where to taste this autumn']);
    expect(headlineLines(h1Of('<h1>The best cider presses<span class="sub">Our picks for small orchards</span></h1>'))).toEqual(['The best cider presses', 'Our picks for small orchards']);
  });

  it('keeps one line for inline markup inside the headline', () => {
    expect(headlineLines(h1Of('<h1>Cider makers <em>flock</em> to the orchard</h1>'))).toEqual(['Cider makers flock to the orchard']);
    expect(headlineLines(h1Of('<h1>Cider for the <a href="/x">Valley</a> fair</h1>'))).toEqual(['Cider for the Valley fair']);
  });

  it('takes the meta title over a stacked h1 that matches none of the titles', () => {
    const a = htmlArticle(`<html><head><meta property="og:title" content="Cider trails: where to taste this autumn"></head><body><h1>Cider trails of 2025 (East)<br>Your guide to the tasting rooms</h1><article>${P}</article></body></html>`);
    expect(a.title).toBe('Cider trails: where to taste this autumn');
  });

  it('reads a <br> as a space when the h1 equals the meta title', () => {
    const a = htmlArticle(`<html><head><meta property="og:title" content="Cider makers flock to the orchard"></head><body><h1>Cider makers flock<br>to the orchard</h1><article>${P}</article></body></html>`);
    expect(a.title).toBe('Cider makers flock to the orchard');
  });
});
