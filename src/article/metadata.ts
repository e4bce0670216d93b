/**
 * Article metadata from an HTML document. Every field lists its sources in precedence order;
 * structured data written for machines (JSON-LD, Open Graph) beats visible text, which beats
 * guesses from the URL.
 */
import type { CheerioAPI } from 'cheerio';
import type { Article } from '../schema.js';
import {
  cleanAuthors, formatOffsetMinutes, hasLocalOffset, isUtcTimestamp, normalizeDate, normalizeLoose, stripSiteFromTitle,
} from './normalize.js';

/** Every Article field except the body, plus the JSON-LD articleBody (a strong hint for content extraction). */
export type HtmlMetadata = Omit<Article, 'text' | 'warnings'> & { articleBody: string | null };

type Json = Record<string, unknown>;

const ARTICLE_TYPES = /^(?:\w+:)?(?:NewsArticle|Article|BlogPosting|ReportageNews|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|LiveBlogPosting|TechArticle|ScholarlyArticle|SocialMediaPosting|Report|WebPage|Recipe|PressRelease)$/i;

// ---------------------------------------------------------------------------
// JSON-LD

/** Every object in every JSON-LD block, flattening arrays and @graph. Broken JSON is skipped. */
export function jsonLdObjects($: CheerioAPI): Json[] {
  const out: Json[] = [];
  $('script[type="application/ld+json"]').each((_, el) => {
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
        // Common breakage: raw newlines and tabs inside strings.
        data = JSON.parse(raw.replace(/[\n\r\t]+/g, ' '));
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

/** Person names from a JSON-LD author value; Organization authors are not people. */
function jsonLdAuthors(v: unknown): string[] {
  const list = Array.isArray(v) ? v : v ? [v] : [];
  const out: string[] = [];
  for (const a of list) {
    if (typeof a === 'string') out.push(a);
    else if (a && typeof a === 'object') {
      const t = types(a as Json);
      if (t.some((x) => /Organization|NewsMediaOrganization|Corporation/i.test(x))) continue;
      const name = str((a as Json).name);
      if (name) out.push(name);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------
// Meta tags

/** All <meta> name/property/itemprop -> content values, lower-cased keys, first value wins. */
export function metaTags($: CheerioAPI): Map<string, string[]> {
  const map = new Map<string, string[]>();
  $('meta').each((_, el) => {
    const attrs = (el as unknown as { attribs: Record<string, string> }).attribs;
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

export function extractMetadata($: CheerioAPI, pageUrl?: string | null): HtmlMetadata {
  const ld = jsonLdObjects($);
  const article = pickArticleObject(ld);
  const meta = metaTags($);

  const siteName = pickSiteName($, meta, ld, article);
  const url = pickUrl($, meta, article, pageUrl);
  return {
    title: pickTitle($, meta, article, siteName),
    authors: pickAuthors($, meta, article, siteName),
    publishedAt: pickPublished($, meta, article, url ?? pageUrl ?? null),
    modifiedAt: normalizeDate(str(article?.dateModified) ?? firstMeta(meta, ['article:modified_time', 'og:updated_time', 'dateModified', 'last-modified'])),
    siteName,
    url,
    sourceUrl: pickSourceUrl($, meta, url ?? pageUrl ?? null),
    language: pickLanguage($, meta, article),
    articleBody: str(article?.articleBody) ?? str(article?.text),
  };
}

/** Site name: og:site_name, JSON-LD publisher.name, application-name, twitter:site (without @). */
function pickSiteName($: CheerioAPI, meta: Map<string, string[]>, ld: Json[], article: Json | null): string | null {
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
function pickTitle($: CheerioAPI, meta: Map<string, string[]>, article: Json | null, siteName: string | null): string | null {
  const candidates = [
    firstMeta(meta, ['og:title']),
    str(article?.headline) ?? str(article?.name),
    firstMeta(meta, ['twitter:title']),
    firstMeta(meta, ['dc.title', 'dcterms.title', 'parsely-title', 'sailthru.title', 'title', 'headline']),
    $('head title').first().text() || $('title').first().text(),
  ].filter((c): c is string => !!c && c.trim().length > 0).map((c) => c.replace(/\s+/g, ' ').trim());
  const h1s = $('h1').toArray().map((el) => $(el).text().replace(/\s+/g, ' ').trim()).filter((t) => t.length > 3 && t.length < 300);
  const normalizedCandidates = candidates.map(normalizeLoose);
  for (const h1 of h1s) {
    const n = normalizeLoose(h1);
    if (n.split(' ').length < 2) continue;
    if (normalizedCandidates.some((c) => c === n || (c.includes(n) && n.length >= c.length * 0.4))) return h1;
  }
  const first = candidates[0];
  if (first) return stripSiteFromTitle(first, siteName);
  return h1s[0] ?? null;
}

const BYLINE_SELECTORS = [
  '[itemprop~="author"] [itemprop~="name"]', '[itemprop~="author"]', '[rel~="author"]',
  '.byline__name', '.byline-name', '.author-name', '.authorName', '.article-author', '.author a', '.byline a', '.byline', '.author',
].join(', ');

/**
 * Authors: JSON-LD author (Person names), meta author / article:author (when not a URL) /
 * parsely-author / sailthru.author / dc.creator, then visible byline elements. The first source
 * that yields a person's name wins, so a site name in one source does not mix with names in another.
 */
function pickAuthors($: CheerioAPI, meta: Map<string, string[]>, article: Json | null, siteName: string | null): string[] {
  const sources: string[][] = [
    jsonLdAuthors(article?.author ?? article?.creator),
    meta.get('author') ?? [],
    (meta.get('article:author') ?? []).filter((a) => !/^https?:|\.com\b|facebook/i.test(a)),
    meta.get('parsely-author') ?? [],
    meta.get('sailthru.author') ?? [],
    [...(meta.get('dc.creator') ?? []), ...(meta.get('dcterms.creator') ?? [])],
    meta.get('byl') ?? [],
    $(BYLINE_SELECTORS).slice(0, 6).toArray().map((el) => $(el).text()).filter((t) => t.length < 120),
  ];
  for (const source of sources) {
    const names = cleanAuthors(source.map(titleCaseShouted), siteName);
    if (names.length > 0) return names;
  }
  return [];
}

/** "NATALIYA VASILYEVA" -> "Nataliya Vasilyeva": bylines in all capitals are styling, not spelling. */
function titleCaseShouted(s: string): string {
  if (!/\p{Lu}{3}/u.test(s) || /\p{Ll}/u.test(s)) return s;
  return s.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, pre: string, c: string) => pre + c.toUpperCase());
}

/**
 * Published time. Sources, in precedence order: JSON-LD datePublished, article:published_time,
 * other publish meta tags (parsely, sailthru, dc.date, pubdate...), itemprop datePublished,
 * <time datetime> (pubdate first), then a /YYYY/MM/DD/ date in the URL (date only).
 * The publisher's local clock matters more than the instant (the facts stage takes the date part),
 * so a UTC ("Z") value yields to a later source that carries a local offset for the same instant.
 */
function pickPublished($: CheerioAPI, meta: Map<string, string[]>, article: Json | null, url: string | null): string | null {
  const raws: (string | null | undefined)[] = [
    str(article?.datePublished),
    firstMeta(meta, ['article:published_time', 'og:published_time', 'article:published', 'og:article:published_time']),
    firstMeta(meta, [
      'parsely-pub-date', 'sailthru.date', 'datepublished', 'date', 'dc.date', 'dc.date.issued', 'dcterms.date',
      'dcterms.created', 'dc.date.created', 'pubdate', 'publishdate', 'publish-date', 'publish_date', 'article.published',
      'article_date_original', 'cxenseparse:recs:publishtime', 'originalpublicationdate', 'displaydate', 'og:pubdate',
    ]),
    $('[itemprop~="datePublished"]').first().attr('datetime') ?? $('[itemprop~="datePublished"]').first().attr('content'),
    $('time[pubdate]').first().attr('datetime'),
    $('article time[datetime], time[datetime]').first().attr('datetime'),
    str(article?.dateCreated),
  ];
  const dates = raws.map((r) => normalizeDate(r ?? null)).filter((d): d is string => d !== null);
  const fromUrl = url ? /\/(20\d{2}|19\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:\/|$|[-_])/.exec(url) : null;
  const urlDay = fromUrl ? normalizeDate(`${fromUrl[1]}-${fromUrl[2]}-${fromUrl[3]}`) : null;
  const best = dates[0] ?? urlDay;
  if (!best) return visiblePublishedDates($, null)[0] ?? null;
  if (isUtcTimestamp(best) || !/T/.test(best)) {
    // The structured value lost the local clock (UTC) or has no time at all: look for the same
    // moment, or the same day, stated in local time elsewhere.
    const instant = Date.parse(best);
    const local = dates.find((d) => hasLocalOffset(d) && Date.parse(d) === instant);
    if (local) return local;
    const day = best.slice(0, 10);
    for (const visible of visiblePublishedDates($, day)) {
      if (!/T/.test(visible)) continue;
      if (!/T/.test(best)) return visible.slice(0, 10) === day ? visible : best;
      const offset = localOffsetMinutes(visible, instant);
      if (offset !== null) return hasLocalOffset(visible) ? visible : `${visible.slice(0, 16)}:00${formatOffsetMinutes(offset)}`;
    }
  }
  return best;
}

const VISIBLE_DATE_SELECTOR = [
  '[itemprop~="datePublished"]', 'time', '[class*="publish" i]', '[class*="timestamp" i]', '[class*="dateline" i]',
  '[class*="date" i]', '[id*="date" i]', '[class*="time" i]',
].join(', ');

/** Dates written for readers near the headline ("Published 11:34 PM EST Nov 19, 2019"). */
function visiblePublishedDates($: CheerioAPI, referenceDay: string | null): string[] {
  const out: string[] = [];
  const els = $(VISIBLE_DATE_SELECTOR).slice(0, 80).toArray();
  for (const el of els) {
    const text = $(el).text().replace(/\s+/g, ' ').trim();
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
function pickUrl($: CheerioAPI, meta: Map<string, string[]>, article: Json | null, pageUrl?: string | null): string | null {
  const candidates = [
    $('link[rel~="canonical"]').first().attr('href'),
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
 * Original publisher's URL for syndicated copies: a canonical/og:url on another host than the
 * fetched page, then provider credit links ("provider", "source", "syndication" classes) that
 * point off-site, then <meta name="original-source" / "syndication-source">.
 */
function pickSourceUrl($: CheerioAPI, meta: Map<string, string[]>, url: string | null): string | null {
  const explicit = firstMeta(meta, ['original-source', 'syndication-source', 'dc.source', 'citation_public_url']);
  if (explicit && /^https?:/.test(explicit)) return explicit;
  const host = hostOf(url);
  const provider = $('[class*="provider"] a[href], [class*="source-link"] a[href], a[class*="provider"][href], [class*="syndicat"] a[href], [class*="original-source"] a[href]')
    .toArray()
    .map((el) => $(el).attr('href'))
    .find((h) => h && /^https?:/.test(h) && (!host || hostOf(h) !== host));
  return provider ?? null;
}

/** Language: <html lang>, content-language, og:locale, JSON-LD inLanguage. As a BCP-47 tag. */
function pickLanguage($: CheerioAPI, meta: Map<string, string[]>, article: Json | null): string | null {
  const raw = $('html').attr('lang') ?? $('html').attr('xml:lang') ?? firstMeta(meta, ['content-language', 'language', 'dc.language', 'og:locale']) ?? str(article?.inLanguage);
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

function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}


