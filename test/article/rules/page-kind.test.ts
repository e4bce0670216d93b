import { describe, expect, it } from 'vitest';
import { htmlArticle } from '../../../src/article/html.js';
import { pageKindOf } from '../../../src/article/rules/page-kind.js';

const P = '<p>The night bus to the airport will stop at the new depot from May, the operator said, after complaints about the long walk from the old stop.</p>'.repeat(3);
const ld = (type: string) => `<script type="application/ld+json">{"@context":"https://schema.org","@type":"${type}","headline":"Night bus"}</script>`;
const page = (head: string, body = `<article>${P}</article>`) => `<html><head><title>Night bus</title>${head}</head><body>${body}</body></html>`;

describe('page kind rule', () => {
  it('calls a news story an article, without a warning', () => {
    const a = htmlArticle(page(ld('NewsArticle')));
    expect(a.pageKind).toBe('article');
    expect(a.warnings).not.toContain('not-an-article');
  });

  it('reads live blogs, threads and products from their structured data, with a warning', () => {
    expect(htmlArticle(page(ld('LiveBlogPosting'))).pageKind).toBe('liveblog');
    const thread = htmlArticle(page(ld('DiscussionForumPosting')));
    expect(thread.pageKind).toBe('forum');
    expect(thread.warnings).toContain('not-an-article');
    expect(htmlArticle(page('<meta property="og:type" content="product">')).pageKind).toBe('product');
  });

  it('lets an article type win over the product it reviews', () => {
    expect(pageKindOf({ jsonLdTypes: ['Review', 'Product'], ogType: null, url: null })).toBe('article');
  });

  it('falls back to the address', () => {
    expect(pageKindOf({ jsonLdTypes: [], ogType: null, url: 'https://example.test/docs/install' })).toBe('documentation');
    expect(pageKindOf({ jsonLdTypes: [], ogType: null, url: 'https://example.test/threads/night-bus.991/' })).toBe('forum');
    expect(pageKindOf({ jsonLdTypes: [], ogType: null, url: 'https://example.test/category/transport/' })).toBe('listing');
    expect(pageKindOf({ jsonLdTypes: [], ogType: null, url: 'https://example.test/2024/05/night-bus' })).toBe('article');
  });

  it('keeps a link-dense listing instead of calling it navigation', () => {
    const cards = Array.from({ length: 6 }, (_, i) => `<li><h3><a href="/s/${i}">Night bus route ${i + 1} changes its last departure time</a></h3></li>`).join('');
    const a = htmlArticle(page(ld('CollectionPage'), `<main><ul>${cards}</ul></main>`));
    expect(a.pageKind).toBe('listing');
    expect(a.text).toContain('Night bus route 6');
  });
});
