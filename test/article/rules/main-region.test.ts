import { describe, expect, it } from 'vitest';
import { parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import { htmlArticle } from '../../../src/article/html.js';
import { mainLandmarkOf, regionIsContent } from '../../../src/article/rules/main-region.js';

const page = (inner: string, head = '') => `<html><head><title>Lanterns</title>${head}</head><body>${inner}</body></html>`;
const nav = '<nav><a href="/a">Home</a> <a href="/b">Shop</a> <a href="/c">About us</a></nav>';
const card = (i: number) =>
  `<div class="card"><h3><a href="/lantern-${i}">Copper lantern model ${i}</a></h3><p>Hand-hammered, ${10 + i} cm tall.</p><span>£${20 + i}</span></div>`;
const PROSE = '<p>The lantern makers of the valley still hammer every shade by hand, a craft that takes, by their own count, about nine hours a piece.</p>';

describe('main region', () => {
  it('reads a listing whole: every card, not the largest one', () => {
    const head = '<script type="application/ld+json">{"@type":"CollectionPage","name":"Lanterns"}</script>';
    const a = htmlArticle(page(`${nav}<main><h1>Lanterns</h1><div class="grid">${[1, 2, 3, 4, 5, 6].map(card).join('')}</div></main><footer>Shop footer</footer>`, head));
    expect(a.pageKind).toBe('listing');
    for (const i of [1, 2, 3, 4, 5, 6]) expect(a.text).toContain(`Copper lantern model ${i}`);
    expect(a.text).toContain('£23'); // (the last card's price is a trailing stub, which trimEdges drops)
    expect(a.text).not.toContain('About us');
    expect(a.text).not.toContain('Shop footer');
  });

  it('reads a page of feature boxes whole when the best block is a small part of <main>', () => {
    const box = (t: string) => `<section><h2>${t}</h2><p>Our ${t.toLowerCase()} service, from the first sketch to the finished shade, is done in the valley workshop.</p></section>`;
    const a = htmlArticle(page(`${nav}<main>${PROSE}${['Repairs', 'Engraving', 'Gilding', 'Wiring', 'Delivery'].map(box).join('')}</main>`));
    expect(a.pageKind).toBe('article');
    for (const t of ['Repairs', 'Engraving', 'Gilding', 'Wiring', 'Delivery']) expect(a.text).toContain(`Our ${t.toLowerCase()} service`);
  });

  it('leaves an article alone: its body is most of the region', () => {
    const related = '<ul><li><a href="/x">Another story about glass</a></li><li><a href="/y">A story about tin</a></li></ul>';
    const a = htmlArticle(page(`${nav}<main><article>${PROSE.repeat(6)}</article>${related}</main>`, '<meta property="og:type" content="article">'));
    expect(a.text).toContain('nine hours a piece');
    expect(a.text).not.toContain('Another story about glass');
  });

  it('decides from the pick, the region and the page kind', () => {
    expect(regionIsContent({ len: 900, linkLen: 0 }, { len: 1000, linkLen: 100 }, 'product', true)).toBe(true);
    expect(regionIsContent({ len: 900, linkLen: 0 }, { len: 1000, linkLen: 100 }, 'article', true)).toBe(false);
    expect(regionIsContent({ len: 500, linkLen: 0 }, { len: 1000, linkLen: 100 }, 'article', true)).toBe(true);
    // The body (no landmark) counts only its non-link text: link lists around a story do not make it a listing.
    expect(regionIsContent({ len: 500, linkLen: 0 }, { len: 3000, linkLen: 2200 }, 'article', false)).toBe(false);
    expect(regionIsContent({ len: 500, linkLen: 0 }, { len: 3000, linkLen: 1000 }, 'article', false)).toBe(true);
    // A pick that is mostly links is a list of cards.
    expect(regionIsContent({ len: 500, linkLen: 400 }, { len: 600, linkLen: 450 }, 'article', false)).toBe(true);
  });

  it('keeps a story-length pick on an article page whose pruned body holds long teaser lists', () => {
    // 2,300 characters of prose beside 8,000 more in ranking and teaser lists: the pick is the story.
    expect(regionIsContent({ len: 2300, linkLen: 0 }, { len: 11000, linkLen: 2700 }, 'article', false)).toBe(false);
    // A short pick in the same body is still one block of many.
    expect(regionIsContent({ len: 1200, linkLen: 0 }, { len: 11000, linkLen: 2700 }, 'article', false)).toBe(true);
    // With a <main> landmark the share rule decides, and other page kinds always take the region.
    expect(regionIsContent({ len: 2300, linkLen: 0 }, { len: 11000, linkLen: 2700 }, 'article', true)).toBe(true);
    expect(regionIsContent({ len: 2300, linkLen: 0 }, { len: 11000, linkLen: 2700 }, 'listing', false)).toBe(true);
  });

  it('finds the <main> landmark only when it holds a fair share of the page', () => {
    const doc = parseDocument('<body><div role="main"><p>tiny</p></div><div>a long run of page text outside the landmark</div></body>');
    const body = doc.children[0] as Element;
    const lens = new Map<Element, number>();
    const text = (e: Element): number => e.children.reduce((n, c) => n + (c.type === 'text' ? c.data.length : c.type === 'tag' ? text(c as Element) : 0), 0);
    const statsOf = (e: Element) => ({ len: lens.get(e) ?? text(e), linkLen: 0 });
    expect(mainLandmarkOf(body, statsOf, new Set())).toBeNull();
    const doc2 = parseDocument('<body><header>site</header><main><p>most of the text of the page is in here</p></main></body>');
    const found = mainLandmarkOf(doc2.children[0] as Element, statsOf, new Set());
    expect(found?.name).toBe('main');
  });
});
