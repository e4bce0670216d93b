import { describe, expect, it } from 'vitest';
import { htmlArticle, stripInertMarkup } from '../../src/article/html.js';
import { parseArticle } from '../../src/article/index.js';

const P = [
  'The regional water board voted on Thursday to raise reservoir levels before the dry season, its chair said.',
  'Farmers, who rely on the canals for irrigation, had asked for the change after two poor harvests in a row.',
  'Engineers will open the upper sluices next week and expect the level to rise by half a metre, the board said.',
  'A final review, which will include the fishing cooperatives, is scheduled for the end of the month.',
];
const body = P.map((p) => `<p>${p}</p>`).join('');
const wrap = (inner: string) => `<!doctype html><html><head><title>Water board raises reservoir levels</title></head><body>${inner}</body></html>`;

describe('main content extraction', () => {
  it('keeps a grid of short lines to its last card: trailing stubs are trimmed only below half the text', () => {
    const item = (i: number) => `<li class="goods"><h3><a href="/jug-${i}">Stoneware jug ${i}</a></h3><span>£${12 + i}</span></li>`;
    const head = '<script type="application/ld+json">{"@type":"CollectionPage","name":"Jugs"}</script>';
    const a = htmlArticle(`<html><head><title>Jugs</title>${head}</head><body><main><ul class="shelf">${[1, 2, 3, 4, 5, 6].map(item).join('')}</ul></main></body></html>`);
    for (const i of [1, 2, 3, 4, 5, 6]) expect(a.text).toContain(`Stoneware jug ${i}`);
    expect(a.text).toContain('£18');
    // After a story, a short closing label is still a stub.
    const b = htmlArticle(wrap(`<div class="story-body">${body}<h3>More from the valley</h3></div>`));
    expect(b.text).toBe(P.join('\n\n'));
  });

  it('keeps article paragraphs, separated by one blank line', () => {
    const a = htmlArticle(wrap(`<div class="story-body">${body}</div>`));
    expect(a.text).toBe(P.join('\n\n'));
  });

  it('drops navigation, share bars, related stories, newsletter prompts and cookie notices', () => {
    const html = wrap(`<nav><a href="/">Home</a><a href="/world">World</a></nav>
      <div class="cookie-banner"><p>We use cookies to improve your experience on our site, by continuing you agree.</p></div>
      <article><div class="share-tools"><a href="#">Share on Facebook</a><a href="#">Tweet</a></div>${body}
      <div class="newsletter-signup"><p>Sign up for our morning newsletter and get the news in your inbox every day.</p></div>
      <aside class="related-stories"><h3>Related</h3><ul><li><a href="/a">Dam inspection delayed again this year</a></li></ul></aside></article>
      <footer><p>Copyright 2024 Example Media. All rights reserved.</p></footer>`);
    const a = htmlArticle(html);
    expect(a.text).toBe(P.join('\n\n'));
  });

  it('drops captions, photo credits and author bio boxes', () => {
    const html = wrap(`<article><figure><img src="x.jpg"><figcaption>The upper sluices at dawn. (Photo: Lena Hart)</figcaption></figure>
      ${body}<p>Getty Images</p><div class="author-bio"><p>Tom Reed covers water policy and farming for the paper since 2010.</p></div></article>`);
    const a = htmlArticle(html);
    expect(a.text).toBe(P.join('\n\n'));
  });

  it('keeps headings, lists and block quotes inside the body', () => {
    const html = wrap(`<article>${body}<h2>What changes for farmers</h2><ul><li>Longer irrigation windows in the morning hours</li><li>New canal gates in two districts</li></ul>
      <blockquote><p>We finally have water when the crops need it, one grower told the board.</p></blockquote></article>`);
    const a = htmlArticle(html);
    expect(a.text).toContain('What changes for farmers');
    expect(a.text).toContain('Longer irrigation windows in the morning hours');
    expect(a.text).toContain('We finally have water when the crops need it');
  });

  it('drops a copy of the headline and repeated paragraphs', () => {
    const html = wrap(`<article><h1>Water board raises reservoir levels</h1>${body}<p>${P[1]}</p></article>`);
    const a = htmlArticle(html);
    expect(a.text.split('\n\n')).toEqual(P);
  });

  it('keeps a body split into same-class chunks around an ad', () => {
    const html = wrap(`<main><div class="chunk"><p>${P[0]}</p><p>${P[1]}</p></div><div class="ad-slot">Advertisement</div>
      <div class="chunk"><p>${P[2]}</p><p>${P[3]}</p></div></main><div class="sidebar"><p>Most read today: five stories you missed</p></div>`);
    expect(htmlArticle(html).text).toBe(P.join('\n\n'));
  });

  it('treats text held directly by a div between <br>s as paragraphs', () => {
    const html = wrap(`<div class="post">${P[0]}<br><br>${P[1]}<br><br>${P[2]}</div>`);
    expect(htmlArticle(html).text).toBe(P.slice(0, 3).join('\n\n'));
  });

  it('takes the whole container the page names as its body, not just the densest block inside it', () => {
    const html = wrap(`<div itemprop="articleBody"><div class="lead-block"><p>${P[0]}</p></div><div class="text-block"><p>${P[1]}</p><p>${P[2]}</p><p>${P[3]}</p></div></div>`);
    expect(htmlArticle(html).text).toBe(P.join('\n\n'));
  });

  it('drops a bare dateline and a list of linked headlines, keeps a list of linked items that go on', () => {
    const links = '<ul><li><a href="/1">Dam inspection delayed</a></li><li><a href="/2">New bridge opens</a></li><li><a href="/3">Rain expected</a></li></ul>';
    const prose = '<ul><li><a href="/r">The reservoir report</a> found the upper basin lower than in any year since the drought.</li><li><a href="/c">The canal audit</a> counted eleven gates in need of repair before the winter.</li></ul>';
    const a = htmlArticle(wrap(`<article><p>Nov. 20, 2019, 9:28 AM UTC</p>${body}${links}${prose}</article>`));
    expect(a.text).not.toContain('Nov. 20, 2019');
    expect(a.text).not.toContain('Dam inspection delayed');
    expect(a.text).toContain('found the upper basin lower');
  });

  it('prunes a share/info part of the body block (BEM "story-body__...-share") but keeps "article__body"', () => {
    const html = wrap(`<div class="story-body"><div class="story-body__info-and-share"><span>From the desk</span> <a href="/x">Regional</a></div>
      <div class="article__body">${body}</div></div>`);
    expect(htmlArticle(html).text).toBe(P.join('\n\n'));
  });

  it('cuts scripts, styles, comments and inline SVG before parsing but keeps JSON-LD', () => {
    const lean = stripInertMarkup('<script>var s = "<p>not text</p>";</script><style>p{}</style><!-- c --><svg><title>Icon</title></svg><script type="application/ld+json">{"a":1}</script><p>kept</p>');
    expect(lean).toBe('<script type="application/ld+json">{"a":1}</script><p>kept</p>');
  });

  it('drops a "Tags" label with its keyword list, and Portuguese datelines', () => {
    const a = htmlArticle(wrap(`<article><p>quarta-feira, 3 de maio de 2023 às 10:15</p>${body}<p>Tags</p><p>water board, reservoir, irrigation, canals</p></article>`));
    expect(a.text).toBe(P.join('\n\n'));
  });

  it('uses JSON-LD articleBody when the page markup hides the body', () => {
    const ld = JSON.stringify({ '@type': 'NewsArticle', articleBody: P.join('\n').repeat(1) });
    const html = wrap(`<script type="application/ld+json">${ld}</script><div id="app"><ul class="menu"><li><a href="/">Home</a></li></ul></div>`);
    expect(htmlArticle(html).text).toBe(P.join('\n\n'));
  });
});

describe('non-article input never throws', () => {
  const bytes = (s: string) => new TextEncoder().encode(s);

  it('front page of links: read whole as a listing, with the not-an-article warning', () => {
    // Every line is a short headline: none is a trailing stub of a story (they are the page).
    const links = Array.from({ length: 30 }, (_, i) => `<li><a href="/s/${i}">Headline number ${i} about the city</a></li>`).join('');
    const a = parseArticle({ bytes: bytes(wrap(`<ul>${links}</ul>`)) });
    expect(a.pageKind).toBe('listing');
    expect(a.warnings).toContain('not-an-article');
    expect(a.text).toContain('Headline number 0 about the city');
    expect(a.text).toContain('Headline number 29 about the city');
  });

  it('section index of teasers (mostly links): read whole, as a listing', () => {
    const teasers = Array.from({ length: 12 }, (_, i) => `<div class="teaser"><h3><a href="/s/${i}">Council weighs a new plan for district ${i} parks and roads</a></h3><p>2 min</p></div>`).join('');
    const a = parseArticle({ bytes: bytes(wrap(`<main>${teasers}</main>`)) });
    expect(a.pageKind).toBe('listing');
    expect(a.warnings).toContain('not-an-article');
    expect(a.text).toContain('district 0 parks');
    expect(a.text).toContain('district 11 parks');
  });

  it('script-only page', () => {
    const a = parseArticle({ bytes: bytes('<html><head><script>var a = 1;</script></head><body><script>render()</script></body></html>') });
    expect(a.text).toBe('');
    expect(a.warnings).toContain('no-article-body');
  });

  it('binary garbage', () => {
    const junk = Uint8Array.from({ length: 2048 }, (_, i) => (i * 7919) % 256);
    const a = parseArticle({ bytes: junk });
    expect(typeof a.text).toBe('string');
    expect(a.warnings.length).toBeGreaterThan(0);
  });

  it('deeply nested markup is flattened instead of overflowing the stack', () => {
    const html = '<html><body>' + '<div>'.repeat(6000) + `<p>${P[0]}</p>` + '</div>'.repeat(6000) + '</body></html>';
    const a = parseArticle({ bytes: bytes(html) });
    expect(a.text).toBe(P[0]);
    expect(a.warnings).toContain('deeply-nested-markup');
  });

  it('a fragment without <body> and unclosed tags', () => {
    const a = parseArticle({ bytes: bytes('<table>'.repeat(50) + '<p>' + P[1]) });
    expect(a.text).toBe(P[1]);
  });

  it('empty page', () => {
    const a = parseArticle({ bytes: bytes('<!doctype html><html><body></body></html>') });
    expect(a.text).toBe('');
    expect(a.warnings).toContain('no-article-body');
  });
});
