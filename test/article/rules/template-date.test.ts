import { describe, expect, it } from 'vitest';
import { isTemplateDate } from '../../../src/article/rules/template-date.js';
import { htmlArticle } from '../../../src/article/html.js';

const P = '<p>The valley orchard opened its gates to cider makers from three counties, the growers said, after a wet spring cut the early harvest.</p>'.repeat(3);
const ld = (date: string) => `<script type="application/ld+json">{"@type":"BlogPosting","headline":"Cider makers flock to the orchard","datePublished":"${date}"}</script>`;
const page = (date: string, byline: string) => `<html><head>${ld(date)}</head><body><article><h1>Cider makers flock to the orchard</h1><div class="post-date">${byline}</div>${P}</article></body></html>`;

describe('a JSON-LD date written in words', () => {
  it('is a template date; ISO 8601 values are not', () => {
    expect(isTemplateDate('Jun 24, 2025')).toBe(true);
    expect(isTemplateDate('2025-06-24T10:00:00+02:00')).toBe(false);
    expect(isTemplateDate('2025-06-24')).toBe(false);
    expect(isTemplateDate('')).toBe(false);
  });

  it('yields to an earlier date shown in the byline', () => {
    expect(htmlArticle(page('Jun 24, 2025', 'March 3, 2023')).publishedAt?.slice(0, 10)).toBe('2023-03-03');
  });

  it('stands against a later byline date, and an ISO value always stands', () => {
    expect(htmlArticle(page('Jun 24, 2025', 'August 3, 2025')).publishedAt?.slice(0, 10)).toBe('2025-06-24');
    expect(htmlArticle(page('2025-06-24', 'March 3, 2023')).publishedAt?.slice(0, 10)).toBe('2025-06-24');
  });
});
