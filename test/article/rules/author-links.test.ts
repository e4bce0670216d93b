import { describe, expect, it } from 'vitest';
import { htmlArticle } from '../../../src/article/html.js';
import { cleanPersonName } from '../../../src/article/normalize.js';

const P = '<p>The county library reopened its reading room on Saturday, after a year of repairs to the roof, the glazing and the old heating system.</p>'.repeat(3);
const page = (inner: string) => `<html><head><title>Reading room reopens</title></head><body>${inner}</body></html>`;

describe('author links and bare "By" lines', () => {
  it('reads an author page link whose text matches its address', () => {
    const a = htmlArticle(page(`<h1>Reading room reopens</h1><div class="meta"><a href="/writers/maren-solberg/">Maren Solberg</a></div><article>${P}</article>`));
    expect(a.authors).toEqual(['Maren Solberg']);
  });

  it('reads an author link after "By" even when the address is a numbered profile', () => {
    const a = htmlArticle(page(`<div class="info">By <a href="/profile/88421">Tobiah Wren</a></div><article>${P}</article>`));
    expect(a.authors).toEqual(['Tobiah Wren']);
  });

  it('reads a classless "Written by" heading', () => {
    const a = htmlArticle(page(`<article>${P}<h3>Written by Ilse Marchetti</h3></article>`));
    expect(a.authors).toEqual(['Ilse Marchetti']);
  });

  it('ignores a teaser card author below the story', () => {
    const a = htmlArticle(page(`<article>${P}</article><ul><li><h3><a href="/x">Another story</a></h3><a href="/author/odo-brant">Odo Brant</a></li></ul>`));
    expect(a.authors).toEqual([]);
  });

  it('ignores "By ..." headers of a navigation menu and a sentence that opens with "By"', () => {
    const nav = '<nav><ul><li><h4>By Industry</h4></li><li><h4>By Team Size</h4></li></ul></nav>';
    expect(htmlArticle(page(`${nav}<article><p>By Ilse Marchetti</p>${P}</article>`)).authors).toEqual(['Ilse Marchetti']);
    expect(htmlArticle(page(`<article>${P}<p>By batching the requests, the port cut its queue, even with fewer Cranes.</p></article>`)).authors).toEqual([]);
  });

  it('cuts a job title and a parenthesized role from the name', () => {
    expect(cleanPersonName('Maren Solberg Senior Housing Reporter')).toBe('Maren Solberg');
    expect(cleanPersonName('Maren Solberg (Content Manager)')).toBe('Maren Solberg');
    expect(cleanPersonName('Maren (Aasen) Solberg')).toBe('Maren (Aasen) Solberg');
  });
});
