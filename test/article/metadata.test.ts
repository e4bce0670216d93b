import { describe, expect, it } from 'vitest';
import { htmlArticle } from '../../src/article/html.js';

const BODY = '<article><p>The harbour board approved the plan on Tuesday after months of talks, officials said, and work starts soon.</p>'
  + '<p>Fishermen, who had opposed an earlier version, said the final draft protected their moorings and their income.</p>'
  + '<p>The first dredging barges are expected in the spring, according to the board, which will publish a schedule.</p></article>';

const page = (head: string, body = BODY, htmlAttrs = '') => `<!doctype html><html${htmlAttrs}><head>${head}</head><body>${body}</body></html>`;

describe('metadata sources', () => {
  it('reads JSON-LD NewsArticle inside @graph, with person authors only', () => {
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@graph': [
      { '@type': 'WebSite', name: 'Harbour Daily' },
      { '@type': 'NewsArticle', headline: 'Harbour plan approved', datePublished: '2021-06-01T09:15:00+02:00',
        author: [{ '@type': 'Person', name: 'Mira Talvik' }, { '@type': 'Organization', name: 'Harbour Daily' }] },
    ] });
    const a = htmlArticle(page(`<script type="application/ld+json">${ld}</script>`));
    expect(a.title).toBe('Harbour plan approved');
    expect(a.publishedAt).toBe('2021-06-01T09:15:00+02:00');
    expect(a.authors).toEqual(['Mira Talvik']);
  });

  it('reads JSON-LD wrapped in CDATA and given as an array', () => {
    const ld = `<![CDATA[[{"@type":"BreadcrumbList"},{"@type":"BlogPosting","headline":"Dredging starts","datePublished":"2022-03-04"}]]]>`;
    const a = htmlArticle(page(`<script type="application/ld+json">${ld}</script>`));
    expect(a.title).toBe('Dredging starts');
    expect(a.publishedAt).toBe('2022-03-04');
  });

  it('reads Open Graph, article:* and canonical; strips the site from <title>', () => {
    const head = '<title>Harbour plan approved | Harbour Daily</title><meta property="og:site_name" content="Harbour Daily">'
      + '<meta property="article:published_time" content="2021-06-01T07:15:00Z"><meta name="author" content="By Mira Talvik and Jon Presk">'
      + '<link rel="canonical" href="https://news.example/harbour-plan">';
    const a = htmlArticle(page(head));
    expect(a.title).toBe('Harbour plan approved');
    expect(a.siteName).toBe('Harbour Daily');
    expect(a.publishedAt).toBe('2021-06-01T07:15:00Z');
    expect(a.authors).toEqual(['Mira Talvik', 'Jon Presk']);
    expect(a.url).toBe('https://news.example/harbour-plan');
  });

  it('prefers the visible <h1> when it agrees with og:title', () => {
    const a = htmlArticle(page('<meta property="og:title" content="Harbour plan approved - Harbour Daily">', `<h1>Harbour plan approved</h1>${BODY}`));
    expect(a.title).toBe('Harbour plan approved');
  });

  it('reads dc.*, parsely and sailthru tags', () => {
    expect(htmlArticle(page('<meta name="dc.date" content="2020-02-03">')).publishedAt).toBe('2020-02-03');
    expect(htmlArticle(page('<meta name="parsely-pub-date" content="2020-02-03T10:00:00-05:00">')).publishedAt).toBe('2020-02-03T10:00:00-05:00');
    expect(htmlArticle(page('<meta name="sailthru.author" content="By Ana Lunde">')).authors).toEqual(['Ana Lunde']);
    expect(htmlArticle(page('<meta name="dc.creator" content="Ana Lunde">')).authors).toEqual(['Ana Lunde']);
  });

  it('reads <time datetime> and itemprop', () => {
    expect(htmlArticle(page('', `<time datetime="2019-05-06T08:00:00+01:00">6 May</time>${BODY}`)).publishedAt).toBe('2019-05-06T08:00:00+01:00');
    const withItemprop = `<span itemprop="author" itemscope><span itemprop="name">Ola Brenn</span></span><meta itemprop="datePublished" content="2018-01-02">${BODY}`;
    const a = htmlArticle(page('', withItemprop));
    expect(a.authors).toEqual(['Ola Brenn']);
    expect(a.publishedAt).toBe('2018-01-02');
  });

  it('recovers the local clock from a visible date when structured data is UTC', () => {
    const head = '<meta property="article:published_time" content="2019-11-20T01:50:00Z">';
    const body = `<div class="article-date">Nov. 19, 2019 5:50 PM</div>${BODY}`;
    expect(htmlArticle(page(head, body)).publishedAt).toBe('2019-11-19T17:50:00-08:00');
  });

  it('takes a dated URL as the day when nothing else is known, then a yearless visible time on that day', () => {
    const body = `<span class="timestamp">March 18 at 3:57 PM</span>${BODY}`;
    expect(htmlArticle(page('', body), { url: 'https://news.example/world/2015/03/18/story.html' }).publishedAt).toBe('2015-03-18T15:57');
  });

  it('prefers a visible "By" line over CMS metadata that names nobody shown on the page', () => {
    const head = '<meta itemprop="author" content="Web Producer">';
    const body = `<span class="story-byline">By <a href="/people/x">Lina Osk</a></span>${BODY}`;
    expect(htmlArticle(page('<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Pat Webb"}}</script>' + head, body)).authors).toEqual(['Lina Osk']);
  });

  it('title-cases shouted bylines and reads any *Article JSON-LD type, even with trailing commas', () => {
    expect(htmlArticle(page('', `<cite class="byline"><span>By </span><span>LINA OSK</span> <abbr>May 2, 2016 3:46 PM</abbr></cite>${BODY}`)).authors).toEqual(['Lina Osk']);
    const ld = '{"@type":"ReportageNewsArticle","headline":"Dredging starts","author":[{"@type":"Person","name":"Ola Brenn",}],}';
    expect(htmlArticle(page(`<script type="application/ld+json">${ld}</script>`)).authors).toEqual(['Ola Brenn']);
  });

  it('reads <html lang> as a BCP-47 tag', () => {
    expect(htmlArticle(page('', BODY, ' lang="pt_br"')).language).toBe('pt-BR');
  });

  it('finds the original publisher of a syndicated copy', () => {
    const body = `<div class="provider-link"><a href="https://wire.example/">Wire Service</a></div>${BODY}`;
    expect(htmlArticle(page('', body), { url: 'https://portal.example/news/1' }).sourceUrl).toBe('https://wire.example/');
  });
});

describe('syndicated copies', () => {
  const body = '<p>The harbour board approved the plan on Tuesday after months of talks, officials said, and work starts soon.</p>'
    + '<p>Fishermen, who had opposed an earlier version, said the final draft protected their moorings and their income.</p>'
    + '<p>The first dredging barges are expected in the spring, according to the board, which will publish a schedule.</p>';

  it('a canonical URL on another site is the source', () => {
    const html = `<html><head><link rel="canonical" href="https://harbourwire.org/a/1"></head><body><article>${body}</article></body></html>`;
    expect(htmlArticle(html, { url: 'https://newscopies.net/x' }).sourceUrl).toBe('https://harbourwire.org/a/1');
    // The same site on another subdomain (amp., www.) is not syndication.
    expect(htmlArticle(html.replace('harbourwire.org', 'amp.newscopies.net'), { url: 'https://www.newscopies.net/x' }).sourceUrl).toBeNull();
  });

  it('aggregator trailer lines in HTML become metadata and leave the body', () => {
    const trailer = '<p><a href="https://harbourwire.org/story">Source link</a></p><p>Author : Mira Talvik</p>'
      + '<p>Publish date : 2024-05-06 08:30:00</p><p>Copyright for syndicated content belongs to the linked Source.</p>';
    const html = `<html><head><meta property="article:published_time" content="2024-05-07T01:00:00Z"></head><body><article>${body}${trailer}</article></body></html>`;
    const a = htmlArticle(html, { url: 'https://aggregated-news.com/2024/05/07/story' });
    expect(a.sourceUrl).toBe('https://harbourwire.org/story');
    expect(a.authors).toEqual(['Mira Talvik']);
    expect(a.publishedAt).toBe('2024-05-06T08:30:00');
    expect(a.text).not.toMatch(/Source link|Author|Publish date|Copyright/);
  });
});
