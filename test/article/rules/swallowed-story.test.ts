import { describe, expect, it } from 'vitest';
import { parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import { unwrapSwallowedStory } from '../../../src/article/rules/swallowed-story.js';
import { htmlArticle } from '../../../src/article/html.js';

const P = '<p>The valley orchard opened its gates to cider makers from three counties, the growers said, after a wet spring cut the early harvest.</p>'.repeat(4);
// The banner's <span> and <a> are closed in the wrong order, so the parser keeps the rest of the page inside the <aside>.
const broken = `<html><body><aside class="announcement-banner"><div><a href="/news"><span>Orchard news: the fair is back</div></a><header><nav><a href="/">Home</a></nav></header><main><article><h1>Cider makers flock to the orchard</h1>${P}</article></main></body></html>`;

describe('a story swallowed by a mis-nested banner', () => {
  it('is read: the page no longer comes back empty', () => {
    const a = htmlArticle(broken);
    expect(a.text).toContain('cider makers from three counties');
    expect(a.warnings).not.toContain('no-article-body');
  });

  it('renames only furniture that holds a <main> or an <article>', () => {
    const doc = parseDocument('<body><aside class="promo"><p>Join the cider club</p></aside><aside class="banner"><main><p>Story</p></main></aside></body>');
    const body = doc.children[0] as Element;
    expect(unwrapSwallowedStory(body)).toBe(true);
    expect((body.children as Element[]).map((c) => c.name)).toEqual(['aside', 'div']);
    expect(unwrapSwallowedStory(parseDocument('<body><aside><p>Join the cider club</p></aside><main><p>Story</p></main></body>').children[0] as Element)).toBe(false);
  });
});
