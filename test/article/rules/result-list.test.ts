import { describe, expect, it } from 'vitest';
import { htmlArticle } from '../../../src/article/html.js';
import { isResultList } from '../../../src/article/rules/result-list.js';

const result = (i: number) => `<li class="hit"><a href="/boot-${i}">Waxed walking boot, size ${36 + i}</a><p>Leather upper, a rubber sole with deep lugs, and laces that stay tied on wet days.</p></li>`;
const INTRO = '<p>Our boots are made in a small workshop by the river, where each pair is stitched, waxed and tested on the hill path behind the yard before it is boxed.</p>'.repeat(6);
const page = (listClass: string) =>
  `<html><head><title>Boots</title></head><body><div class="search-box"><span>Search the shop</span></div>` +
  `<main><h1>Results for boots</h1><div class="intro">${INTRO}</div><ul class="${listClass}">${[1, 2, 3, 4, 5].map(result).join('')}</ul></main></body></html>`;

describe('result lists', () => {
  it('reads a box of search results, while the search box itself stays out', () => {
    const a = htmlArticle(page('search-results grid'));
    for (const i of [1, 2, 3, 4, 5]) expect(a.text).toContain(`size ${36 + i}`);
    expect(a.text).not.toContain('Search the shop');
    // The same list named as a search box is pruned as one.
    expect(htmlArticle(page('search-box')).text).not.toContain('size 40');
  });

  it('names result boxes, not search forms', () => {
    const named: [string, boolean][] = [['search-results', true], ['searchResults-module', true], ['results-list', true], ['search-box', false], ['site-search', false]];
    for (const [hint, isList] of named) expect(isResultList(hint), hint).toBe(isList);
  });

  it('takes a styled-components "shared-styles" name for a style, not a share bar', () => {
    const para = '<p class="Shared-styles__Body-x1">A fold-out stove, small enough for a coat pocket, boils a mug of water in four minutes, and it runs on spirit.</p>';
    const a = htmlArticle(`<html><head><title>Stoves</title></head><body><article>${para.repeat(4)}<div class="share-bar"><a href="/s">Share on a network</a> and tell a friend</div></article></body></html>`);
    expect(a.text).toContain('boils a mug of water');
    expect(a.text).not.toContain('Share on a network');
  });
});
