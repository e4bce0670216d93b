import { describe, expect, it } from 'vitest';
import { FULL_CONTENT_MIN_CHARS, itemPage, looksLikeFeed, parseFeed } from '../../src/acquire/feed.js';
import { atom, LONG_BODY, rss } from './feeds.js';

describe('parseFeed', () => {
  it('reads an RSS 2.0 channel: titles, dates as UTC ISO, links, and full content only when long enough', () => {
    const feed = parseFeed(rss({ teaser: 'https://courier.example/a', full: 'https://courier.example/b' }), 'https://courier.example/rss');
    expect(feed.title).toBe('Valley Courier & Post');
    expect(feed.items).toHaveLength(3);
    const [teaser, full, bare] = feed.items;
    expect(teaser!.ref).toEqual({
      title: 'Valley Courier & Post',
      itemTitle: 'Council delays vote',
      itemPublishedAt: '2024-04-09T06:30:00.000Z',
      itemLink: 'https://courier.example/a',
    });
    expect(teaser!.content).toBeNull();
    expect(full!.ref.itemPublishedAt).toBe('2024-04-10T12:00:00.000Z');
    expect(full!.content).toBe(LONG_BODY);
    expect(LONG_BODY.replace(/<[^>]*>/g, '').length).toBeGreaterThanOrEqual(FULL_CONTENT_MIN_CHARS);
    expect(bare!.ref.itemLink).toBeNull();
  });

  it('reads an Atom feed: the alternate link, relative links resolved, escaped HTML content', () => {
    const feed = parseFeed(atom('https://harbour.example/stories/ferry'), 'https://harbour.example/feed.atom');
    expect(feed.title).toBe('Harbour Notes');
    const [ferry, pier] = feed.items;
    expect(ferry!.ref).toMatchObject({ itemLink: 'https://harbour.example/stories/ferry', itemPublishedAt: '2024-03-02T12:00:00.000Z' });
    expect(ferry!.content).toBeNull();
    expect(pier!.ref.itemLink).toBe('https://harbour.example/stories/pier');
    expect(pier!.ref.itemTitle).toBe('Pier <b>repairs</b>');
    expect(pier!.content).toBe(LONG_BODY);
  });

  it('rejects XML that is not a feed with EPARSE', () => {
    expect(() => parseFeed('<?xml version="1.0"?><note>hi</note>', 'x.xml')).toThrow(expect.objectContaining({ code: 'EPARSE' }));
  });

  it('recognises feeds by their root element', () => {
    expect(looksLikeFeed(new TextEncoder().encode('<?xml version="1.0"?>\n<rss version="2.0">'))).toBe(true);
    expect(looksLikeFeed(new TextEncoder().encode('<feed xmlns="http://www.w3.org/2005/Atom">'))).toBe(true);
    expect(looksLikeFeed(new TextEncoder().encode('<!doctype html><html>'))).toBe(false);
  });

  it('wraps an item with its own content in a page that carries title, date and link, escaped', () => {
    const html = new TextDecoder().decode(
      itemPage({
        ref: { title: 'Feed', itemTitle: 'A <b> "quoted" title', itemPublishedAt: '2024-01-01T00:00:00.000Z', itemLink: 'https://x.example/1' },
        content: '<p>Body</p>',
      }),
    );
    expect(html).toContain('<title>A &lt;b&gt; &quot;quoted&quot; title</title>');
    expect(html).toContain('content="2024-01-01T00:00:00.000Z"');
    expect(html).toContain('<link rel="canonical" href="https://x.example/1">');
    expect(html).toContain('<p>Body</p>');
  });
});
