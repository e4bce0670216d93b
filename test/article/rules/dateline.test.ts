import { describe, expect, it } from 'vitest';
import { parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import { htmlArticle } from '../../../src/article/html.js';
import { datelineText, datelineValue, isUpdateLine } from '../../../src/article/rules/dateline.js';

const P = '<p>The tram line to the university will run every six minutes from the spring, after the council approved two more vehicles, the operator said.</p>'.repeat(3);
const page = (inner: string, head = '') => `<html><head><title>Trams every six minutes</title>${head}</head><body>${inner}</body></html>`;
const el = (html: string): Element => parseDocument(html).children[0] as Element;

describe('dateline rule', () => {
  it('reads a classless date paragraph under the headline', () => {
    const a = htmlArticle(page(`<h1>Trams every six minutes</h1><p>March 4, 2024</p><article>${P}</article>`));
    expect(a.publishedAt).toBe('2024-03-04');
  });

  it('prefers a first publication line over an update line', () => {
    const a = htmlArticle(page(`<div><span>Last updated on 9 May 2024</span><span>Published 2 May 2024</span></div><article>${P}</article>`));
    expect(a.publishedAt).toBe('2024-05-02');
  });

  it('takes an update line when it is the only date', () => {
    const a = htmlArticle(page(`<div><p>Updated: 9 May 2024</p></div><article>${P}</article>`));
    expect(a.publishedAt).toBe('2024-05-09');
  });

  it('lets structured data win over a visible dateline', () => {
    const a = htmlArticle(page(`<p>March 4, 2024</p><article>${P}</article>`, '<meta property="article:published_time" content="2024-03-03T18:00:00+01:00">'));
    expect(a.publishedAt).toBe('2024-03-03T18:00:00+01:00');
  });

  it('reads a site-specific publication meta name', () => {
    const a = htmlArticle(page(`<article>${P}</article>`, '<meta name="x-published-date" content="2024-06-01T08:30:00Z">'));
    expect(a.publishedAt?.slice(0, 10)).toBe('2024-06-01');
  });

  it('reads numeric days only when their order is certain', () => {
    expect(datelineValue('23.07.2025')).toBe('2025-07-23');
    expect(datelineValue('07/23/2025')).toBe('2025-07-23');
    expect(datelineValue('05/06/2025')).toBe('05/06/2025');
    expect(datelineValue('- Mar 27, 2024')).toBe('Mar 27, 2024');
  });

  it('finds datelines by own text only, and tells updates apart', () => {
    expect(datelineText(el('<p>Posted on 12 June 2023</p>'))).toBe('Posted on 12 June 2023');
    expect(datelineText(el('<p>Tickets went on sale in June 2023 and sold out within a week of the announcement, organisers said.</p>'))).toBeNull();
    expect(isUpdateLine('Last updated on 9 May 2024')).toBe(true);
    expect(isUpdateLine('Published 2 May 2024, updated 9 May')).toBe(false);
  });
});
