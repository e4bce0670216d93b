import { describe, expect, it } from 'vitest';
import { htmlArticle } from '../../../src/article/html.js';
import { accountNames, cleanAccountName, isNameShaped } from '../../../src/article/rules/account-author.js';

const P = '<p>The ferry company said on Friday that the winter timetable would keep two crossings a day, despite the falling number of passengers.</p>'.repeat(3);
const page = (inner: string, head = '') => `<html><head><title>Winter ferry timetable kept</title>${head}</head><body>${inner}</body></html>`;
const ld = (o: unknown) => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;

describe('account author names (organizations, teams, handles)', () => {
  it('keeps team, desk and handle names as written, without the label', () => {
    expect(cleanAccountName('By the Quayside Team')).toBe('the Quayside Team');
    expect(cleanAccountName('@harbourwatch')).toBe('harbourwatch');
    expect(cleanAccountName('ferry_admin')).toBe('ferry_admin');
    expect(cleanAccountName('byQuayside Desk')).toBe('Quayside Desk');
    expect(cleanAccountName('52 Knots Media')).toBe('52 Knots Media');
  });

  it('refuses labels, counters, dates, addresses and long text', () => {
    expect(cleanAccountName('Written by')).toBeNull();
    expect(cleanAccountName('12 minutes')).toBeNull();
    expect(cleanAccountName('5 min read')).toBeNull();
    expect(cleanAccountName('Mon, 3 Nov')).toBeNull();
    expect(cleanAccountName('Quayside Team March 3, 2025')).toBeNull();
    expect(cleanAccountName('https://ferries.example/team')).toBeNull();
    expect(cleanAccountName('desk@ferries.example')).toBeNull();
    expect(cleanAccountName('one two three four five six seven')).toBeNull();
  });

  it('cuts a date the template glued to the name', () => {
    expect(cleanAccountName('Quayside TeamMarch 3, 2025')).toBe('Quayside Team');
  });

  it('splits a field at commas and semicolons only, so "&" and "and" stay inside one name', () => {
    expect(accountNames('Tern & Gull Partners; Quayside Team')).toEqual(['Tern & Gull Partners', 'Quayside Team']);
    expect(accountNames('Research and Policy Team')).toEqual(['Research and Policy Team']);
  });

  it('tells a name-shaped slot text from a button', () => {
    expect(isNameShaped('Quayside Team')).toBe(true);
    expect(isNameShaped('Ask the Skipper')).toBe(true);
    expect(isNameShaped('harbourwatch')).toBe(true);
    expect(isNameShaped('Get in touch')).toBe(false);
    expect(isNameShaped('Join now!')).toBe(false);
    expect(isNameShaped('Tidewalker Member Joined')).toBe(false);
  });
});

describe('organization and handle authors in the record', () => {
  it('takes a JSON-LD Organization author when no person is named', () => {
    const head = ld({ '@type': 'BlogPosting', headline: 'Winter ferry timetable kept', author: { '@type': 'Organization', name: 'Quayside Lines' } });
    expect(htmlArticle(page(`<article>${P}</article>`, head)).authors).toEqual(['Quayside Lines']);
  });

  it('prefers a person named anywhere over a declared organization', () => {
    const head = ld({ '@type': 'BlogPosting', author: { '@type': 'Organization', name: 'Quayside Lines' } });
    const a = htmlArticle(page(`<p class="byline">By Odile Marsk</p><article>${P}</article>`, head));
    expect(a.authors).toEqual(['Odile Marsk']);
  });

  it('resolves a JSON-LD author given as an @id reference into the graph', () => {
    const head = ld({ '@graph': [
      { '@type': 'Article', headline: 'Winter ferry timetable kept', author: { '@id': 'https://ferries.example/#/person/1' } },
      { '@type': 'Person', '@id': 'https://ferries.example/#/person/1', name: 'Odile Marsk' },
    ] });
    expect(htmlArticle(page(`<article>${P}</article>`, head)).authors).toEqual(['Odile Marsk']);
  });

  it('takes a team or a handle from meta author and the "Written by" card label', () => {
    expect(htmlArticle(page(`<article>${P}</article>`, '<meta name="author" content="Quayside Editorial Team">')).authors).toEqual(['Quayside Editorial Team']);
    expect(htmlArticle(page(`<article>${P}</article>`, '<meta name="author" content="harbourwatch">')).authors).toEqual(['harbourwatch']);
    const card = '<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Odile Marsk">'
      + '<meta name="twitter:label2" content="Est. reading time"><meta name="twitter:data2" content="4 minutes">';
    expect(htmlArticle(page(`<article>${P}</article>`, card)).authors).toEqual(['Odile Marsk']);
  });

  it('reads a visible "By the ... Team" line, an author-page link and a name-shaped author slot', () => {
    expect(htmlArticle(page(`<span class="hero__author">By the Quayside Team</span><article>${P}</article>`)).authors).toEqual(['the Quayside Team']);
    expect(htmlArticle(page(`<small>Written by</small><p><a href="/author/quayside-team/">Quayside Team</a></p><article>${P}</article>`)).authors).toEqual(['Quayside Team']);
    expect(htmlArticle(page(`<p class="authorName">Quayside Staff</p><article>${P}</article>`)).authors).toEqual(['Quayside Staff']);
    expect(htmlArticle(page(`<div class="meet-author">Get in touch</div><article>${P}</article>`)).authors).toEqual([]);
  });
});
