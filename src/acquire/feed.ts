/**
 * RSS 2.0 and Atom feeds: each item becomes an input. An item whose own
 * content carries the whole article (content:encoded, Atom <content>) is used
 * as it is; otherwise its link is fetched. The feed's and the item's title,
 * date and link travel with the record as `feed`.
 */
import { load, type Cheerio } from 'cheerio';
import type { Element } from 'domhandler';
import type { FeedRef } from '../schema.js';
import { InputError } from './errors.js';
import { ACQUIRE_SETTINGS } from './settings.js';

/** Where a feed is told from an article (read.ts refuses a feed given as an article). */
export { looksLikeFeed } from './sniff.js';

export interface FeedItem {
  ref: FeedRef;
  /** The item's full article as HTML, when the feed carries it. */
  content: string | null;
}

export interface ParsedFeed {
  title: string | null;
  items: FeedItem[];
}

/** See ACQUIRE_SETTINGS.feedFullArticleMinChars: shorter item content is a teaser, and the link is fetched. */
export const FULL_CONTENT_MIN_CHARS = ACQUIRE_SETTINGS.feedFullArticleMinChars;

export function parseFeed(xml: string, source: string): ParsedFeed {
  const $ = load(xml, { xml: true });
  const rss = $('rss, rdf\\:RDF').first();
  if (rss.length > 0) {
    const channel = rss.find('channel').first();
    const title = textOf(childNamed(channel, 'title'));
    const items = rss.find('item').toArray().map((item) => rssItem($(item), title, source));
    return { title, items };
  }
  const atom = $('feed').first();
  if (atom.length > 0) {
    const title = textOf(childNamed(atom, 'title'));
    const items = atom.children('entry').toArray().map((entry) => atomEntry($, $(entry), title, source));
    return { title, items };
  }
  throw new InputError('EPARSE', `${source} is neither an RSS nor an Atom feed`);
}

type Api = ReturnType<typeof load>;

function rssItem(item: Cheerio<Element>, feedTitle: string | null, source: string): FeedItem {
  const guid = childNamed(item, 'guid');
  const guidLink = guid.attr('isPermaLink') !== 'false' ? textOf(guid) : null;
  const link = textOf(childNamed(item, 'link')) ?? (guidLink && /^https?:/i.test(guidLink) ? guidLink : null);
  const date = textOf(childNamed(item, 'pubDate')) ?? textOf(childNamed(item, 'dc:date'));
  const content = textOf(childNamed(item, 'content:encoded')) ?? textOf(childNamed(item, 'description'));
  return {
    ref: {
      title: feedTitle,
      itemTitle: textOf(childNamed(item, 'title')),
      itemPublishedAt: isoDate(date),
      itemLink: resolveLink(link, source),
    },
    content: isFullArticle(content) ? content : null,
  };
}

function atomEntry($: Api, entry: Cheerio<Element>, feedTitle: string | null, source: string): FeedItem {
  const links = entry.children('link').toArray().map((l) => $(l));
  const alternate = links.find((l) => (l.attr('rel') ?? 'alternate') === 'alternate') ?? links[0];
  const date = textOf(childNamed(entry, 'published')) ?? textOf(childNamed(entry, 'updated'));
  const contentNode = childNamed(entry, 'content');
  // type="xhtml" holds markup as child elements; html and text hold it as text.
  const content = contentNode.attr('type') === 'xhtml' ? (contentNode.html()?.trim() || null) : textOf(contentNode);
  return {
    ref: {
      title: feedTitle,
      itemTitle: textOf(childNamed(entry, 'title')),
      itemPublishedAt: isoDate(date),
      itemLink: resolveLink(alternate?.attr('href') ?? null, source),
    },
    content: isFullArticle(content) ? content : null,
  };
}

/** Child by exact tag name; namespaced names (content:encoded) need no selector escaping this way. */
function childNamed(parent: Cheerio<Element>, name: string): Cheerio<Element> {
  const lower = name.toLowerCase();
  return parent.children().filter((_, child) => child.name.toLowerCase() === lower).first();
}

function textOf(node: Cheerio<Element>): string | null {
  if (node.length === 0) return null;
  const text = node.text().trim();
  return text.length > 0 ? text : null;
}

function isoDate(value: string | null): string | null {
  if (!value) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

function resolveLink(link: string | null, base: string): string | null {
  if (!link) return null;
  try {
    const url = new URL(link, /^https?:/i.test(base) ? base : undefined);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function isFullArticle(html: string | null): html is string {
  if (!html) return false;
  const text = html.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
  return text.length >= FULL_CONTENT_MIN_CHARS;
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A small HTML page around an item's own content, with the item's title,
 * date and link where an article extractor looks for them.
 */
export function itemPage(item: FeedItem): Uint8Array {
  const { itemTitle, itemPublishedAt, itemLink, title } = item.ref;
  const head = [
    '<meta charset="utf-8">',
    itemTitle ? `<title>${escapeHtml(itemTitle)}</title>` : '',
    itemTitle ? `<meta property="og:title" content="${escapeHtml(itemTitle)}">` : '',
    title ? `<meta property="og:site_name" content="${escapeHtml(title)}">` : '',
    itemPublishedAt ? `<meta property="article:published_time" content="${escapeHtml(itemPublishedAt)}">` : '',
    itemLink ? `<link rel="canonical" href="${escapeHtml(itemLink)}">` : '',
  ].join('');
  const heading = itemTitle ? `<h1>${escapeHtml(itemTitle)}</h1>` : '';
  return new TextEncoder().encode(`<!doctype html><html><head>${head}</head><body><article>${heading}${item.content ?? ''}</article></body></html>`);
}
