import { describe, expect, it } from 'vitest';
import { htmlArticle, stripInertMarkup } from '../../../src/article/html.js';

const POSTS = [
  'Has anyone tried the new allotment rules? The committee now wants every plot weeded before the June inspection, which seems early to me.',
  'We had the same letter last week, and honestly the inspection is mostly about the paths, so clear those first and you will be fine.',
];

describe('noscript text rule', () => {
  it('reads a thread that the page renders only for readers without JavaScript', () => {
    const html = `<html><head><title>Allotment inspection</title></head><body><div id="app"></div>
      <noscript><div class="thread">${POSTS.map((p) => `<div class="post"><p>${p}</p></div>`).join('')}</div></noscript></body></html>`;
    expect(htmlArticle(html).text).toBe(POSTS.join('\n\n'));
  });

  it('drops a short noscript notice and keeps a long one', () => {
    expect(stripInertMarkup('<p>a</p><noscript>Please enable JavaScript.</noscript>')).toBe('<p>a</p>');
    expect(stripInertMarkup(`<noscript><p>${POSTS.join(' ')}</p><img src="x.png"></noscript>`)).toBe(`<div><p>${POSTS.join(' ')}</p></div>`);
  });

  it('leaves a noscript block that a script or a comment quotes inside it', () => {
    const quoted = `<script>document.write("<noscript><p>${POSTS[0]}</p></noscript>");</script><!-- <noscript><p>${POSTS[1]}</p></noscript> --><p>kept</p>`;
    expect(stripInertMarkup(quoted)).toBe('<p>kept</p>');
  });

  it('reads escaped markup in a noscript (a page saved with scripts on) as markup, not as text', () => {
    // A tracking pixel, escaped: as text it would be over 200 characters of raw HTML in the article.
    const pixel = `&lt;div style="position:absolute;"&gt;&lt;img width=1 height=1 alt="" src="https://pixel.example/b?site=harbour&amp;page=quay&amp;visit=${'7'.repeat(150)}"&gt;&lt;/div&gt;`;
    expect(stripInertMarkup(`<p>a</p><noscript>${pixel}</noscript>`)).toBe('<p>a</p>');
    // Escaped story paragraphs are still the text they are.
    const story = `&lt;p&gt;${POSTS[0]}&lt;/p&gt;&lt;p&gt;${POSTS[1]}&lt;/p&gt;`;
    expect(stripInertMarkup(`<noscript>${story}</noscript>`)).toBe(`<div><p>${POSTS[0]}</p><p>${POSTS[1]}</p></div>`);
    const html = `<html><head><title>Allotment inspection</title></head><body><div id="app"></div><noscript>${story}</noscript><noscript>${pixel}</noscript></body></html>`;
    expect(htmlArticle(html).text).toBe(POSTS.join('\n\n'));
  });
});
