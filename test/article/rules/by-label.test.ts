import { describe, expect, it } from 'vitest';
import { htmlArticle } from '../../../src/article/html.js';

const P = '<p>The harbour board voted on Tuesday to dredge the north channel before the autumn storms, at a cost the members called steep.</p>'.repeat(3);
const page = (inner: string, head = '') => `<html><head><title>Channel to be dredged</title>${head}</head><body>${inner}</body></html>`;

describe('declared and split bylines', () => {
  it('reads a name in the element after a "Written by" label', () => {
    const a = htmlArticle(page(`<div><p>Written by</p><p>Corvin Aldaine</p></div><article>${P}</article>`));
    expect(a.authors).toEqual(['Corvin Aldaine']);
  });

  it('reads a label with a colon ("Article by:")', () => {
    const a = htmlArticle(page(`<div><p class="info__label">Article by:</p><a class="info__name" href="#bio">Corvin Aldaine</a></div><article>${P}</article>`));
    expect(a.authors).toEqual(['Corvin Aldaine']);
  });

  it('reads a name under an "Author" heading', () => {
    const a = htmlArticle(page(`<article>${P}<div><h3>Author</h3><p>Mirela Tost</p></div></article>`));
    expect(a.authors).toEqual(['Mirela Tost']);
  });

  it('reads "by <a>" whatever the link address, but not a photo credit or prose', () => {
    expect(htmlArticle(page(`<p class="x">Posted by <a href="https://social.example/in/ottoh/">OttoH</a></p><article>${P}</article>`)).authors).toEqual(['OttoH']);
    expect(htmlArticle(page(`<article>${P}<p>Photo by <a href="https://pics.example/u/1">Lena Brask</a></p></article>`)).authors).toEqual([]);
    expect(htmlArticle(page(`<article>${P}<p>The second volume, which is long awaited and was preceded by <a href="https://shop.example/b/2">The First Tide</a>, comes out in spring after a delay of two years.</p></article>`)).authors).toEqual([]);
  });

  it('keeps a declared author that is also the site name (a personal site)', () => {
    const head = '<meta name="author" content="Ilka Renvall"><meta property="og:site_name" content="Ilka Renvall">';
    expect(htmlArticle(page(`<article>${P}</article>`, head)).authors).toEqual(['Ilka Renvall']);
  });

  it('prefers a visible byline over a declared author that is only the site name', () => {
    const head = '<meta name="author" content="Harbour Weekly"><meta property="og:site_name" content="Harbour Weekly">';
    expect(htmlArticle(page(`<p class="byline">By Tam Oduya</p><article>${P}</article>`, head)).authors).toEqual(['Tam Oduya']);
  });
});
