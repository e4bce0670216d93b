import { describe, expect, it } from 'vitest';
import { parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import { htmlArticle } from '../../../src/article/html.js';
import { cardChildren, isNeverCardText } from '../../../src/article/rules/card-parts.js';
import { textOf } from '../../../src/article/dom-text.js';

const page = (inner: string, head = '') => `<html><head><title>Kettles</title>${head}</head><body>${inner}</body></html>`;
const nav = '<nav><a href="/a">Home</a> <a href="/b">Shop</a> <a href="/c">About us</a></nav>';
// A shop card whose parts carry names that mark boilerplate elsewhere: a header, a "meta" line, a caption.
const card = (i: number) =>
  `<li class="tile tile--shop"><header class="tile__header"><a href="/kettle-${i}">Enamel kettle number ${i}</a></header>` +
  `<div class="caption">Holds ${i + 1} litres, with a whistle.</div>` +
  `<div class="post-meta">Ships in ${i} days</div><div class="ad-slot">Advertisement from a partner ${i}</div></li>`;

describe('card parts', () => {
  it('keeps the header, caption and meta line of every card of a grid, but not the ad inside it', () => {
    const a = htmlArticle(page(`${nav}<main><h1>Kettles</h1><ul class="grid">${[1, 2, 3, 4, 5].map(card).join('')}</ul></main>`));
    for (const i of [1, 2, 3, 4]) {
      expect(a.text).toContain(`Enamel kettle number ${i}`);
      expect(a.text).toContain(`Holds ${i + 1} litres, with a whistle`);
      expect(a.text).toContain(`Ships in ${i} days`);
    }
    expect(a.text).not.toContain('Advertisement from a partner');
    expect(a.text).not.toContain('About us');
  });

  it('still drops a named related list of cards beside a story', () => {
    const story = '<p>The kettle makers of the harbour town still fold every spout by hand, a job that, by their own reckoning, takes most of a morning.</p>';
    const teaser = (i: number) => `<div class="teaser"><div class="caption"><a href="/t${i}">Another kettle story ${i}</a></div></div>`;
    const a = htmlArticle(page(`${nav}<main><article>${story.repeat(8)}</article><div class="related">${[1, 2, 3, 4].map(teaser).join('')}</div></main>`, '<meta property="og:type" content="article">'));
    expect(a.text).toContain('most of a morning');
    expect(a.text).not.toContain('Another kettle story');
  });

  it('drops a link line inside a story cut into same-class chunks (prose, not teaser cards)', () => {
    const para = (i: number) => `<p>Chunk ${i} of the report: the harbour kettle works, founded long ago, still folds its spouts by hand, and its owners, two sisters, say it will stay that way.</p>`;
    const chunk = (i: number) => `<div class="story-chunk">${para(i)}${para(i + 10)}${para(i + 20)}${i === 2 ? '<p><a href="/x">See more: the copper trade in pictures and maps</a></p>' : ''}</div>`;
    const a = htmlArticle(page(`${nav}<div class="story">${[1, 2, 3, 4].map(chunk).join('')}</div>`, '<meta property="og:type" content="article">'));
    expect(a.text).toContain('Chunk 4 of the report');
    expect(a.text).not.toContain('See more: the copper trade');
  });

  it('finds cards as runs of one template that are small and together a fair share of the page', () => {
    const doc = parseDocument(`<div><div class="item a">one card text</div><div class="item b">two card text</div><div class="item">three card text</div><div class="other">odd one</div></div>`);
    const list = doc.children[0] as Element;
    const lenOf = (e: Element) => textOf(e).length;
    const cards = cardChildren(list, lenOf, 100);
    expect(cards?.size).toBe(3);
    expect([...cards!].every((c) => c.attribs.class!.startsWith('item'))).toBe(true);
    // Two of a kind are not a run; a run that is a sliver of the page is a widget; a box of most of the page is a section.
    expect(cardChildren(parseDocument('<div><div class="item">x</div><div class="item">y</div></div>').children[0] as Element, lenOf, 10)).toBeNull();
    expect(cardChildren(list, lenOf, 10_000)).toBeNull();
    expect(cardChildren(list, lenOf, 40)).toBeNull();
  });

  it('names the parts that are boilerplate even inside a card', () => {
    expect(isNeverCardText('card__ad-slot')).toBe(true);
    expect(isNeverCardText('share-bar')).toBe(true);
    expect(isNeverCardText('shared-styles__title')).toBe(false);
    expect(isNeverCardText('card__caption post-meta')).toBe(false);
  });
});
