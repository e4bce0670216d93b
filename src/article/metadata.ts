/**
 * Article metadata from an HTML document. Every field lists its sources in precedence order;
 * structured data written for machines (JSON-LD, Open Graph) beats visible text, which beats
 * guesses from the URL.
 */
import type { AnyNode, Document, Element } from 'domhandler';
import type { Article } from '../schema.js';
import {
  cleanAuthors, formatOffsetMinutes, hasLocalOffset, isUtcTimestamp, normalizeDate, normalizeLoose, stripSiteFromTitle, titleCaseShouted,
} from './normalize.js';
import { bylineLineText, isAuthorLink, isAuthorPageLink } from './rules/author-links.js';
import { followsByLabel, labelledByline } from './rules/by-label.js';
import { accountNames, isNameShaped } from './rules/account-author.js';
import { decoratedHeadline, dropPipeTail, dropSitePart, isShortLabel } from './rules/headline-shape.js';
import { textOf } from './dom-text.js';
import { headlineLines } from './rules/stacked-headline.js';
import { isTitleLeadPart } from './rules/title-lead-part.js';
import { dropDomainPart } from './rules/domain-part.js';
import { lostCharacters } from './rules/lost-characters.js';
import { isTemplateDate } from './rules/template-date.js';
import { timeNearHeadline } from './rules/headline-time.js';
import { pageKindOf } from './rules/page-kind.js';
import { datelineText, datelineValue, isUpdateLine } from './rules/dateline.js';

/** Every Article field except the body, plus the JSON-LD articleBody (a strong hint for content extraction). */
export type HtmlMetadata = Omit<Article, 'text' | 'warnings'> & {
  articleBody: string | null;
  /** The page's own markup calls it an article: a JSON-LD article type other than a bare WebPage, or og:type article. */
  articleEvidence: boolean;
};

type Json = Record<string, unknown>;

/**
 * Every element the metadata rules look at, gathered in one walk of the DOM (one walk is several
 * times faster than a dozen CSS selector queries on a 200 KB page).
 */
export interface PageIndex {
  html: Element | null;
  title: Element | null;
  metas: Element[];
  jsonLd: Element[];
  h1s: Element[];
  canonical: string | null;
  /** itemprop=author or rel=author elements; document order. */
  authorProps: Element[];
  /** authorProps plus elements whose class/id names a byline or author name; document order. */
  bylines: Element[];
  /** <time>, itemprop=datePublished, or class/id naming a date, time or publication stamp. */
  dates: Element[];
  /** Author-page links and bare "By Jane Doe" lines that no byline class marks; document order. */
  looseBylines: Element[];
  /** Elements whose own short text is a date ("December 15, 2025"), whatever their class; document order. */
  datelines: Element[];
  /** hrefs of links inside elements whose class names a content provider or original source. */
  providerLinks: string[];
  /** hrefs of links whose text credits an original ("Source link", "Originally published at", "Read the original"). */
  creditLinks: string[];
}

/** Link texts (or the text just before a link) that point at the original publisher of a syndicated copy. */
const CREDIT_TEXT = /^\s*(?:source(?:\s+link)?|original\s+(?:article|source|story|post)|read\s+(?:the\s+)?(?:original|full)(?:\s+(?:article|story))?(?:\s+(?:at|on|here))?|originally\s+(?:published|appeared)\s+(?:at|on|in|by)|via)\s*:?\s*$/i;

const BYLINE_HINT = /byline|(?:^|[\s_-])author(?:[_-]?name|s)?(?:$|\s)|authorname|article-?author|author__name/i;
const DATE_HINT = /publish|timestamp|dateline|date|time/i;
const PROVIDER_HINT = /(?:^|[\s_-])provider(?:[\s_-]|$)|provider-?(?:link|logo|name)|source-?link|original-?source|syndication-?(?:source|link)/i;
const MAX_COLLECTED = 80;
/** Union of the three hint patterns' key fragments, as a cheap first filter. */
const ANY_HINT = /byline|author|date|time|publish|stamp|provider|source|syndication/i;

export function indexPage(root: AnyNode): PageIndex {
  const index: PageIndex = { html: null, title: null, metas: [], jsonLd: [], h1s: [], canonical: null, authorProps: [], bylines: [], looseBylines: [], datelines: [], dates: [], providerLinks: [], creditLinks: [] };
  const walk = (node: AnyNode, inProvider: boolean): void => {
    if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'root') return;
    const children = (node as Element | Document).children;
    if (node.type === 'root') {
      for (const c of children) walk(c, false);
      return;
    }
    const el = node as Element;
    const a = el.attribs;
    let provider = inProvider;
    switch (el.name) {
      case 'html': index.html ??= el; break;
      case 'title': index.title ??= el; break;
      case 'meta': index.metas.push(el); return;
      case 'script': if (/ld\+json/i.test(a.type ?? '')) index.jsonLd.push(el); return;
      case 'style': return;
      case 'h1': index.h1s.push(el); break;
      case 'link': if (!index.canonical && /(?:^|\s)canonical(?:\s|$)/i.test(a.rel ?? '') && a.href) index.canonical = a.href; return;
      case 'a':
        if (inProvider && a.href) index.providerLinks.push(a.href);
        if (a.href && /^https?:/i.test(a.href) && isCreditLink(el)) index.creditLinks.push(a.href);
        if (index.looseBylines.length < MAX_COLLECTED && a.href && isAuthorLink(el)) index.looseBylines.push(el);
        break;
      case 'p': case 'span': case 'div': case 'li': case 'address': case 'h3': case 'h4': case 'h5': case 'h6': case 'strong': case 'em': case 'b':
        if (index.looseBylines.length < MAX_COLLECTED) {
          if (bylineLineText(el)) index.looseBylines.push(el);
          else {
            const named = labelledByline(el);
            if (named) index.looseBylines.push(named);
          }
        }
        break;
    }
    if (index.datelines.length < MAX_COLLECTED && datelineText(el)) index.datelines.push(el);
    // Most elements carry none of these attributes: test cheaply before running the hint patterns.
    const cls = a.class;
    const id = a.id;
    const itemprop = a.itemprop;
    if (cls !== undefined || id !== undefined || itemprop !== undefined || a.rel !== undefined || el.name === 'time') {
      const hint = id === undefined ? (cls ?? '') : `${cls ?? ''} ${id}`;
      const authorProp = (itemprop !== undefined && /\bauthor\b/.test(itemprop)) || (a.rel !== undefined && /(?:^|\s)author(?:\s|$)/.test(a.rel));
      if (authorProp && index.authorProps.length < MAX_COLLECTED) index.authorProps.push(el);
      const any = hint.length > 0 && ANY_HINT.test(hint);
      if (index.bylines.length < MAX_COLLECTED && (authorProp || (any && BYLINE_HINT.test(hint)))) index.bylines.push(el);
      if (index.dates.length < MAX_COLLECTED && (el.name === 'time' || (itemprop !== undefined && /datePublished/.test(itemprop)) || (any && DATE_HINT.test(hint)))) index.dates.push(el);
      if (any && cls !== undefined && PROVIDER_HINT.test(cls)) {
        provider = true;
        if (el.name === 'a' && a.href) index.providerLinks.push(a.href);
      }
    }
    for (const c of children) walk(c, provider);
  };
  walk(root, false);
  return index;
}

/** "<a>Source link</a>" or "Originally published at: <a>...</a>" (the credit stands just before the link). */
function isCreditLink(a: Element): boolean {
  const own = textOf(a);
  if (own.length < 40 && CREDIT_TEXT.test(own)) return true;
  const before = a.prev;
  return !!before && before.type === 'text' && before.data.length < 60 && CREDIT_TEXT.test(before.data.replace(/\s*:?\s*$/, ''));
}


const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** NewsArticle, ReportageNewsArticle, BlogPosting, LiveBlogPosting, WebPage... (any schema.org article-like type). */
const ARTICLE_TYPES = /^(?:\w+:)?\w*(?:Article|BlogPosting|Posting|ReportageNews|Report|WebPage|Recipe|PressRelease)$/i;

// ---------------------------------------------------------------------------
// JSON-LD

/** Every object in every JSON-LD block, flattening arrays and @graph. Broken JSON is skipped. */
export function jsonLdObjects(page: PageIndex): Json[] {
  const out: Json[] = [];
  page.jsonLd.forEach((el) => {
    // Script contents are raw text children (cheerio's .text() skips script elements).
    const raw = el.children
      .map((c) => ('data' in c ? String(c.data) : ''))
      .join('')
      .replace(/^\s*(?:\/\/\s*)?<!\[CDATA\[|(?:\/\/\s*)?\]\]>\s*$/g, '')
      .trim();
    if (!raw) return;
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      try {
        // Common breakage: raw newlines and tabs inside strings, trailing commas.
        data = JSON.parse(raw.replace(/[\n\r\t]+/g, ' ').replace(/,\s*([}\]])/g, '$1'));
      } catch {
        return;
      }
    }
    collect(data, out, 0);
  });
  return out;
}

function collect(data: unknown, out: Json[], depth: number): void {
  if (depth > 4 || data === null || typeof data !== 'object') return;
  if (Array.isArray(data)) {
    for (const d of data) collect(d, out, depth + 1);
    return;
  }
  const obj = data as Json;
  out.push(obj);
  if (Array.isArray(obj['@graph'])) collect(obj['@graph'], out, depth + 1);
  if (obj.mainEntity && typeof obj.mainEntity === 'object') collect(obj.mainEntity, out, depth + 1);
}

function types(obj: Json): string[] {
  const t = obj['@type'];
  return Array.isArray(t) ? t.map(String) : typeof t === 'string' ? [t] : [];
}

/** The article object: an *Article type first (the most specific), a WebPage last. */
export function pickArticleObject(objects: Json[]): Json | null {
  const scored = objects
    .map((o) => ({ o, t: types(o) }))
    .filter(({ t }) => t.some((x) => ARTICLE_TYPES.test(x)))
    .map(({ o, t }) => ({ o, rank: t.some((x) => /WebPage$/i.test(x)) ? 1 : t.some((x) => /Article|Posting|Report|Release/i.test(x)) ? 3 : 2 }));
  scored.sort((a, b) => b.rank - a.rank);
  return scored[0]?.o ?? null;
}

function str(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return str(v[0]);
  if (v && typeof v === 'object') return str((v as Json).name ?? (v as Json)['@value'] ?? (v as Json)['@id'] ?? (v as Json).url);
  return null;
}

/**
 * The author objects of a JSON-LD author value. A reference ({"@id": ...}, as Yoast graphs write
 * it) is replaced by the object of the page's graph that carries that @id and a name.
 */
function jsonLdAuthorObjects(v: unknown, ld: Json[]): unknown[] {
  const list = Array.isArray(v) ? v : v ? [v] : [];
  return list.map((a) => {
    if (!a || typeof a !== 'object' || (a as Json).name !== undefined) return a;
    const id = (a as Json)['@id'];
    return (typeof id === 'string' && ld.find((o) => o['@id'] === id && typeof o.name === 'string')) || a;
  });
}

const ORGANIZATION_TYPE = /Organization|Corporation|Brand/i;

/** Person names from a JSON-LD author value; Organization authors are not people. */
function jsonLdAuthors(authors: unknown[]): string[] {
  const out: string[] = [];
  for (const a of authors) {
    if (typeof a === 'string') out.push(a);
    else if (a && typeof a === 'object') {
      if (types(a as Json).some((x) => ORGANIZATION_TYPE.test(x))) continue;
      const name = str((a as Json).name);
      if (name) out.push(name);
    }
  }
  return out;
}

/** Every name a JSON-LD author value declares, organizations included (rules/account-author.ts). */
function jsonLdAuthorNames(authors: unknown[]): string[] {
  return authors.map((a) => (typeof a === 'string' ? a : a && typeof a === 'object' ? str((a as Json).name) : null)).filter((n): n is string => !!n);
}

// ---------------------------------------------------------------------------
// Meta tags

/** All <meta> name/property/itemprop -> content values, lower-cased keys, first value wins. */
export function metaTags(page: PageIndex): Map<string, string[]> {
  const map = new Map<string, string[]>();
  page.metas.forEach((el) => {
    const attrs = el.attribs;
    const content = attrs.content ?? attrs.value;
    if (content === undefined) return;
    for (const key of [attrs.property, attrs.name, attrs.itemprop, attrs['http-equiv']]) {
      if (!key) continue;
      for (const k of key.toLowerCase().split(/\s+/)) {
        const list = map.get(k);
        if (list) list.push(content.trim());
        else map.set(k, [content.trim()]);
      }
    }
  });
  return map;
}

function firstMeta(meta: Map<string, string[]>, keys: string[]): string | null {
  for (const k of keys) {
    const v = meta.get(k)?.find((x) => x.length > 0);
    if (v) return v;
  }
  return null;
}

// ---------------------------------------------------------------------------

export function extractMetadata(root: AnyNode, pageUrl?: string | null): HtmlMetadata {
  const page = indexPage(root);
  const ld = jsonLdObjects(page);
  const article = pickArticleObject(ld);
  const meta = metaTags(page);

  const siteName = pickSiteName(page, meta, ld, article);
  const url = pickUrl(page, meta, article, pageUrl);
  return {
    title: pickTitle(page, meta, article, siteName),
    authors: pickAuthors(page, meta, ld, article, siteName),
    publishedAt: pickPublished(page, meta, article, url ?? pageUrl ?? null),
    modifiedAt: normalizeDate(str(article?.dateModified) ?? firstMeta(meta, ['article:modified_time', 'og:updated_time', 'dateModified', 'last-modified'])),
    siteName,
    url,
    sourceUrl: pickSourceUrl(page, meta, url, pageUrl ?? null),
    language: pickLanguage(page, meta, article),
    articleBody: str(article?.articleBody) ?? str(article?.text),
    pageKind: pageKindOf({ jsonLdTypes: ld.flatMap(types), ogType: firstMeta(meta, ['og:type'])?.toLowerCase() ?? null, url: url ?? pageUrl ?? null }),
    articleEvidence: (article !== null && !types(article).every((t) => /WebPage$/i.test(t))) || firstMeta(meta, ['og:type'])?.toLowerCase() === 'article',
  };
}

/** Site name: og:site_name, JSON-LD publisher.name, application-name, twitter:site (without @). */
function pickSiteName(page: PageIndex, meta: Map<string, string[]>, ld: Json[], article: Json | null): string | null {
  const fromMeta = firstMeta(meta, ['og:site_name', 'application-name', 'al:ios:app_name']);
  if (fromMeta) return fromMeta;
  const publisher = str(article?.publisher);
  if (publisher && !/^https?:/.test(publisher)) return publisher;
  const website = ld.find((o) => types(o).includes('WebSite'));
  return str(website?.name) ?? null;
}

/**
 * Title: the headline as the page shows it, without " | Site". Candidates in precedence order:
 * og:title, JSON-LD headline, twitter:title, dc.title, parsely/sailthru title, <title>. The <h1>
 * wins when it agrees with one of them (it is the visible headline, free of site decorations);
 * otherwise the first candidate, site suffix stripped.
 */
function pickTitle(page: PageIndex, meta: Map<string, string[]>, article: Json | null, siteName: string | null): string | null {
  const candidates = [
    firstMeta(meta, ['og:title']),
    str(article?.headline) ?? str(article?.name),
    firstMeta(meta, ['twitter:title']),
    firstMeta(meta, ['dc.title', 'dcterms.title', 'parsely-title', 'sailthru.title', 'title', 'headline']),
    page.title ? textOf(page.title) : null,
  ].filter((c): c is string => !!c && c.trim().length > 0).map((c) => c.replace(/\s+/g, ' ').trim());
  // The same headline twice (a mobile and a desktop copy) is still one headline.
  // Read line by line (rules/stacked-headline.ts): a headline and a subtitle stacked in one <h1>
  // are not one headline, and the lines do not run together.
  const stacked = new Set<string>();
  const h1Texts = page.h1s.map((el) => {
    const lines = headlineLines(el);
    const text = lines.join(' ');
    if (lines.length > 1) stacked.add(text);
    return text;
  });
  const h1s = [...new Set(h1Texts.filter((t) => t.length > 3 && t.length < 300))];
  const normalizedCandidates = candidates.map(normalizeLoose);
  const stripped = candidates.map((c) => dropDomainPart(stripSiteFromTitle(c, siteName)));
  const normalizedStripped = stripped.map(normalizeLoose);
  // Each <h1> normalized once: a listing page can have dozens of them.
  const named = h1s.map((h1) => ({ h1, n: normalizeLoose(h1) })).filter(({ n }) => n.split(' ').length >= 2);
  // An <h1> equal to a meta title wins over one merely contained in it (the site name in "Story - Site").
  const exact = named.find(({ n }) => normalizedCandidates.includes(n));
  if (exact) return dropPipeTail(dropSitePart(exact.h1, siteName));
  for (const { h1, n } of named) {
    // Contained in a meta title once its site part is gone: an <h1> that is only that site part
    // ("Story • Site" with <h1>Site</h1>) is the logo, not the headline.
    if (normalizedStripped.some((c, i) => c.includes(n) && n.length >= normalizedCandidates[i]!.length * 0.4)) return dropPipeTail(dropSitePart(h1, siteName));
    if (candidates.some((c) => isTitleLeadPart(h1, c))) return h1;
    const intact = stripped.find((c) => lostCharacters(h1, c));
    if (intact) return intact;
    const plain = stripped.find((c) => decoratedHeadline(h1, c));
    if (plain) return plain;
  }
  const lone = h1s.length === 1 && stacked.has(h1s[0]!) ? null : loneHeadline(h1s, siteName);
  if (lone && !isShortLabel(lone, stripped[0] ?? null)) return dropPipeTail(dropSitePart(lone, siteName));
  const first = stripped[0];
  if (first) return first;
  return h1s[0] ?? null;
}


/**
 * The page's one visible headline. When the page has a single <h1> of headline shape (a few words,
 * not the site's name), it is the title readers see; meta titles are often rewritten for search
 * ("… in 2025 | Site") and disagree with it.
 */
function loneHeadline(h1s: string[], siteName: string | null): string | null {
  if (h1s.length !== 1) return null;
  const h1 = h1s[0]!;
  const words = h1.split(' ').length;
  if (words < 2 || words > 30) return null;
  if (siteName && normalizeLoose(h1) === normalizeLoose(siteName)) return null;
  if (!/\p{Ll}/u.test(h1)) return null; // set in capitals: the meta titles keep the real case
  return h1;
}

/**
 * Authors: JSON-LD author (Person names), meta author, the "Written by" card label, article:author
 * (when not a URL), parsely-author, sailthru.author, dc.creator, then visible byline elements. The
 * first source that yields a person's name wins, so a site name in one source does not mix with
 * names in another. When no source names a person, an organization, team or account handle that
 * an author field declares is the author (rules/account-author.ts).
 */
function pickAuthors(page: PageIndex, meta: Map<string, string[]>, ld: Json[], article: Json | null, siteName: string | null): string[] {
  const ldAuthors = jsonLdAuthorObjects(article?.author ?? article?.creator, ld);
  const fields: string[][] = [
    meta.get('author') ?? [],
    cardAuthors(meta),
    (meta.get('article:author') ?? []).filter((a) => !/^https?:|\.com\b|facebook|^\d+$/i.test(a)),
    meta.get('parsely-author') ?? [],
    meta.get('sailthru.author') ?? [],
    [...(meta.get('dc.creator') ?? []), ...(meta.get('dcterms.creator') ?? [])],
    meta.get('byl') ?? [],
  ];
  const people = personAuthors(page, [jsonLdAuthors(ldAuthors), ...fields, firstAuthorGroup(page.authorProps, siteName)], siteName);
  if (people.length > 0) return people;
  for (const field of [jsonLdAuthorNames(ldAuthors), ...fields]) {
    const names = field.flatMap(accountNames);
    if (names.length > 0) return names;
  }
  return visibleAccountNames(page);
}

/** twitter:labelN "Written by" and its twitter:dataN: the author as SEO plugins print it for link cards. */
function cardAuthors(meta: Map<string, string[]>): string[] {
  const out: string[] = [];
  for (let i = 1; i <= 4; i++) {
    const label = meta.get(`twitter:label${i}`)?.[0];
    if (!label || !/^(?:(?:written|posted|authored|words|story|interview)\s+by|author)$/i.test(label)) continue;
    const value = meta.get(`twitter:data${i}`)?.[0];
    if (value) out.push(value);
  }
  return out;
}

function personAuthors(page: PageIndex, sources: string[][], siteName: string | null): string[] {
  // An explicit visible "By ..." line is what readers see; CMS metadata sometimes names the
  // account that posted the story instead of the reporter, so the visible line wins.
  // But only when the metadata names nobody that any byline element on the page shows.
  let structured: string[] = [];
  const loose = (): string[] => looseBylineNames(page, siteName);
  // A declared author keeps a name that is also the site's: a personal site is named after its
  // author ("Jane Doe" writes on "Jane Doe"); only visible lines are screened against the site name.
  // A source that gives only the site's name yields to a later one that names someone else.
  for (const source of sources) {
    const names = cleanAuthors(source.map(titleCaseShouted), null);
    if (names.length === 0) continue;
    if (structured.length === 0) structured = names;
    if (!namesOnlySite(names, siteName)) {
      structured = names;
      break;
    }
  }
  const explicit = visibleBylineNames(page, siteName, true);
  // A declared author that is only the site's own name is a fallback: the byline on the page
  // (a staff writer of that site) names the story's author more closely.
  if (structured.length === 0 || namesOnlySite(structured, siteName)) {
    if (explicit.length > 0) return explicit;
    const hinted = visibleBylineNames(page, siteName, false);
    if (hinted.length > 0) return hinted;
    const looseNames = loose();
    if (looseNames.length > 0 || structured.length > 0) return looseNames.length > 0 ? looseNames : structured;
    // Nothing else names anyone: a byline element that reads as the site's name is the author of
    // a personal site (a blog named after its writer).
    return siteName ? visibleBylineNames(page, null, false) : [];
  }
  if (explicit.length === 0) return structured;
  const shown = normalizeLoose(page.bylines.map((el) => textOf(el)).join(' '));
  return structured.some((n) => shown.includes(normalizeLoose(n))) ? structured : explicit;
}

function namesOnlySite(names: string[], siteName: string | null): boolean {
  const site = siteName ? normalizeLoose(siteName) : null;
  return site !== null && names.every((n) => normalizeLoose(n) === site);
}

/**
 * Texts of the first itemprop/rel=author element that names a person and of its siblings (several
 * authors of one story sit side by side; later ones belong to teasers).
 */
function firstAuthorGroup(elements: Element[], siteName: string | null): string[] {
  const first = elements.find((el) => cleanAuthors([squash(textOf(el))], siteName).length > 0);
  if (!first) return [];
  const near = (el: Element): boolean => el.parent === first.parent || el.parent?.parent === first.parent?.parent;
  return elements.filter((el) => el === first || near(el)).map((el) => squash(textOf(el))).filter((t) => t.length < 120);
}

/**
 * Names from the first byline element (document order) that names people; later ones belong to
 * teasers and related stories. With `explicitOnly`, only a line that starts with "By" counts.
 */
function visibleBylineNames(page: PageIndex, siteName: string | null, explicitOnly: boolean): string[] {
  for (const el of page.bylines) {
    const text = squash(textOf(el));
    if (text.length === 0 || text.length > 120) continue;
    if (explicitOnly && !/^by\b/i.test(text)) continue;
    if (!explicitOnly && isOtherBylineThanStory(el)) continue;
    const names = cleanAuthors([titleCaseShouted(text)], siteName);
    if (names.length > 0) return names;
  }
  return [];
}

/** Names from the first author link or "By" line (rules/author-links.ts) outside teasers and comments. */
function looseBylineNames(page: PageIndex, siteName: string | null): string[] {
  for (const el of page.looseBylines) {
    if (isOtherBylineThanStory(el)) continue;
    const names = cleanAuthors([titleCaseShouted(squash(textOf(el)))], siteName);
    if (names.length > 0) return names;
  }
  return [];
}

/** A class that names the author's name slot ("author-name", "post__author"), not a byline box of dates and tags. */
const AUTHOR_SLOT = /author/i;
const NOT_NAME_SLOT = /byline|date|time|meta|bio|desc|avatar|image|img|photo|pic|title|role|job|social|follow/i;

/**
 * An organization or handle in the story's visible byline, when no person is named anywhere: a
 * "By ..." line, an itemprop/rel=author element, an element whose class names the author slot, or
 * an author link (rules/author-links.ts) outside teasers, comments and menus.
 */
function visibleAccountNames(page: PageIndex): string[] {
  const props = new Set(page.authorProps);
  for (const el of [...page.bylines, ...page.looseBylines]) {
    const text = squash(textOf(el));
    if (text.length === 0 || text.length > 80 || isOtherBylineThanStory(el)) continue;
    // A "By" line or an author-page link says outright that it names the author; an itemprop or
    // a class only marks a slot, which holds a name only when the text is shaped like one.
    const stated = /^(?:(?:written|posted|article|story|words)\s+)?by\b/i.test(text) || isAuthorPageLink(el) || followsByLabel(el);
    if (!stated) {
      const hint = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`;
      if (!props.has(el) && !(AUTHOR_SLOT.test(hint) && !NOT_NAME_SLOT.test(hint))) continue;
    }
    const names = accountNames(text).filter((n) => stated || isNameShaped(n));
    if (names.length > 0) return names;
  }
  return [];
}

const TEASER_HEADLINE = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * Author names on a page that are not the story's: a teaser card's author (a list item that also
 * holds a headline or a link elsewhere: related stories, "more from" lists), a commenter, or a
 * comment form's "Name" field.
 */
function isOtherBylineThanStory(byline: Element): boolean {
  if (/comment/i.test(`${byline.attribs.class ?? ''} ${byline.attribs.id ?? ''}`)) return true;
  let li: Element | null = null;
  for (let p = byline.parent as Element | null, depth = 0; p && p.type === 'tag' && depth < 12; p = p.parent as Element | null, depth++) {
    if (p.name === 'form') return true;
    // A menu's "By industry", "By role" headers browse the site; no story's byline sits in a <nav>.
    if (p.name === 'nav' || (depth < 8 && /^(?:menu|menubar|navigation)$/.test(p.attribs.role ?? ''))) return true;
    if (p.name === 'li' && depth < 8) li ??= p;
  }
  if (!li) return false;
  const teaserPart = (n: Element): boolean => n.children.some((c) => {
    if (c.type !== 'tag' || c === byline) return false;
    const el = c as Element;
    return TEASER_HEADLINE.has(el.name) || (el.name === 'a' && !!el.attribs.href) || teaserPart(el);
  });
  return teaserPart(li);
}

/**
 * Published time. Sources, in precedence order: JSON-LD datePublished, article:published_time,
 * other publish meta tags (parsely, sailthru, dc.date, pubdate...), itemprop datePublished,
 * <time datetime> (pubdate first), then a /YYYY/MM/DD/ date in the URL (date only).
 * The publisher's local clock matters more than the instant (the facts stage takes the date part),
 * so a UTC ("Z") value yields to a later source that carries a local offset for the same instant.
 */
function pickPublished(page: PageIndex, meta: Map<string, string[]>, article: Json | null, url: string | null): string | null {
  const raws: (string | null | undefined)[] = [
    str(article?.datePublished),
    firstMeta(meta, ['article:published_time', 'og:published_time', 'article:published', 'og:article:published_time']),
    firstMeta(meta, [
      'parsely-pub-date', 'sailthru.date', 'datepublished', 'date', 'dc.date', 'dc.date.issued', 'dcterms.date',
      'dcterms.created', 'dc.date.created', 'pubdate', 'publishdate', 'publish-date', 'publish_date', 'article.published',
      'article_date_original', 'cxenseparse:recs:publishtime', 'originalpublicationdate', 'displaydate', 'og:pubdate',
    ]),
    // Site-specific names ("w-published-date", "published", "post_date"): any other meta key naming publication.
    firstMeta(meta, [...meta.keys()].filter((k) => /publi(?:shed|cation)|pub-?date|post_?date|release_?date/.test(k) && !/publisher|modif|updat/.test(k))),
    ...page.dates.filter((el) => /datePublished/.test(el.attribs.itemprop ?? '')).map((el) => el.attribs.datetime ?? el.attribs.content),
    page.dates.find((el) => el.name === 'time' && el.attribs.pubdate !== undefined)?.attribs.datetime,
    // Teaser lists carry their own <time>s: the story's sits with its headline (rules/headline-time.ts).
    timeNearHeadline(page.dates.filter((el) => el.name === 'time' && el.attribs.datetime && !isOtherBylineThanStory(el)).slice(0, 12), page.h1s[0])?.attribs.datetime,
    page.dates.find((el) => el.name === 'time' && el.attribs.datetime)?.attribs.datetime,
    str(article?.dateCreated),
  ];
  const dates = raws.map((r) => normalizeDate(r ?? null)).filter((d): d is string => d !== null);
  const fromUrl = url ? /\/(20\d{2}|19\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:\/|$|[-_])/.exec(url) : null;
  const urlDay = fromUrl ? normalizeDate(`${fromUrl[1]}-${fromUrl[2]}-${fromUrl[3]}`) : null;
  const best = dates[0] ?? urlDay;
  if (!best) return visiblePublishedDates(page, null)[0] ?? looseDateline(page);
  // A JSON-LD date in words (rules/template-date.ts) comes from a template that prints a build or
  // edit date: an earlier date in the byline is the first publication.
  if (isTemplateDate(raws[0]) && best === normalizeDate(raws[0] ?? null)) {
    const shown = visiblePublishedDates(page, null)[0] ?? looseDateline(page);
    if (shown && shown.slice(0, 10) < best.slice(0, 10)) return shown;
  }
  if (isUtcTimestamp(best) || !/T/.test(best)) {
    // The structured value lost the local clock (UTC) or has no time at all: look for the same
    // moment, or the same day, stated in local time elsewhere.
    const instant = Date.parse(best);
    const local = dates.find((d) => hasLocalOffset(d) && Date.parse(d) === instant);
    if (local) return local;
    const day = best.slice(0, 10);
    for (const visible of visiblePublishedDates(page, day)) {
      if (!/T/.test(visible)) continue;
      if (!/T/.test(best)) return visible.slice(0, 10) === day ? visible : best;
      const offset = localOffsetMinutes(visible, instant);
      if (offset !== null) return hasLocalOffset(visible) ? visible : `${visible.slice(0, 16)}:00${formatOffsetMinutes(offset)}`;
    }
  }
  return best;
}


/**
 * The first classless dateline (rules/dateline.ts) outside comments and teaser cards; a first
 * publication line beats an "Updated" one, which is still better than no date at all.
 */
function looseDateline(page: PageIndex): string | null {
  let update: string | null = null;
  for (const el of page.datelines) {
    if (isOtherBylineThanStory(el)) continue;
    const text = datelineText(el)!;
    const d = normalizeDate(datelineValue(text));
    if (!d) continue;
    if (!isUpdateLine(text)) return d;
    update ??= d;
  }
  return update;
}

/** Dates written for readers near the headline ("Published 11:34 PM EST Nov 19, 2019"). */
function visiblePublishedDates(page: PageIndex, referenceDay: string | null): string[] {
  const out: string[] = [];
  for (const el of page.dates) {
    const text = squash(textOf(el));
    if (text.length < 6 || text.length > 90 || !/\d/.test(text)) continue;
    if (/\b(?:updated|modified)\b/i.test(text) && !/\bpublished\b/i.test(text)) continue;
    const d = normalizeDate(text.replace(/^(?:published|posted|on)\s*:?\s*/i, ''), referenceDay);
    if (d) out.push(d);
    if (out.length >= 3) break;
  }
  return out;
}

/**
 * When a local wall-clock time (read as if it were UTC) differs from the UTC instant by a whole
 * number of quarter hours within ±14 h, that difference is the publisher's offset.
 */
function localOffsetMinutes(localIso: string, instant: number): number | null {
  if (Number.isNaN(instant)) return null;
  const wall = Date.parse(`${localIso.slice(0, 16)}:00Z`);
  if (Number.isNaN(wall)) return null;
  const minutes = Math.round((wall - Math.floor(instant / 60000) * 60000) / 60000);
  if (Math.abs(minutes) > 14 * 60 || minutes % 15 !== 0) return null;
  return minutes;
}

/** Canonical URL: rel=canonical, og:url, JSON-LD url / mainEntityOfPage, then the fetched URL. */
function pickUrl(page: PageIndex, meta: Map<string, string[]>, article: Json | null, pageUrl?: string | null): string | null {
  const candidates = [
    page.canonical,
    firstMeta(meta, ['og:url', 'twitter:url']),
    str(article?.mainEntityOfPage),
    str(article?.url),
  ];
  for (const c of candidates) {
    const abs = absoluteUrl(c, pageUrl);
    if (abs) return abs;
  }
  return pageUrl ?? null;
}

/**
 * Original publisher's URL for syndicated copies, in precedence order: <meta name="original-source" /
 * "syndication-source">, a canonical/og:url on another host than the fetched page, credit links
 * ("Source link", "Originally published at ...") pointing off-site, then provider credit links
 * (a "provider" class, as wire copies on portals carry) pointing off-site.
 */
function pickSourceUrl(page: PageIndex, meta: Map<string, string[]>, canonical: string | null, pageUrl: string | null): string | null {
  const explicit = firstMeta(meta, ['original-source', 'syndication-source', 'dc.source', 'citation_public_url']);
  if (explicit && /^https?:/.test(explicit)) return explicit;
  // A copy whose canonical URL is on another site says where the original lives.
  const pageHost = hostOf(pageUrl);
  if (canonical && pageHost && hostOf(canonical) && hostOf(canonical) !== pageHost) return canonical;
  const host = pageHost ?? hostOf(canonical);
  const offSite = (h: string): boolean => /^https?:/.test(h) && (!host || hostOf(h) !== host);
  return page.creditLinks.find(offSite) ?? page.providerLinks.find(offSite) ?? null;
}

/** Language: <html lang>, content-language, og:locale, JSON-LD inLanguage. As a BCP-47 tag. */
function pickLanguage(page: PageIndex, meta: Map<string, string[]>, article: Json | null): string | null {
  const raw = page.html?.attribs.lang ?? page.html?.attribs['xml:lang'] ?? firstMeta(meta, ['content-language', 'language', 'dc.language', 'og:locale']) ?? str(article?.inLanguage);
  if (!raw) return null;
  const m = /^([a-z]{2,3})(?:[-_]([a-z]{2}|\d{3}|[a-z]{4}))?/i.exec(raw.trim());
  if (!m) return null;
  return m[2] ? `${m[1]!.toLowerCase()}-${m[2].length === 4 ? m[2] : m[2].toUpperCase()}` : m[1]!.toLowerCase();
}

export function absoluteUrl(href: string | null | undefined, base?: string | null): string | null {
  if (!href) return null;
  try {
    return new URL(href.trim(), base ?? undefined).href;
  } catch {
    return null;
  }
}

/** The site a URL belongs to: "amp.example.co.uk", "www.example.co.uk" and "example.com" are all "example". */
function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return null;
  }
  // The brand label of the registrable domain: "www.example.co.uk" -> "example"; the same brand
  // under another country domain (example.com / example.de) is the same publisher.
  const labels = host.split('.');
  if (labels.length < 2) return host;
  const secondLevel = labels[labels.length - 2]!;
  const keep = labels.length > 2 && labels[labels.length - 1]!.length === 2 && secondLevel.length <= 3 ? 3 : 2;
  return labels[labels.length - keep]!;
}


