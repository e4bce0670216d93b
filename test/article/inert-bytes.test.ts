import { describe, expect, it } from 'vitest';
import { stripInertBytes } from '../../src/article/inert-bytes.js';
import { stripInertMarkup } from '../../src/article/html.js';
import { noscriptReplacement } from '../../src/article/rules/noscript-text.js';

const cut = (markup: string) => stripInertBytes(new TextEncoder().encode(markup), noscriptReplacement).toString('utf8');

describe('stripInertBytes', () => {
  it('cuts what the pattern cuts, block by block', () => {
    const cases = [
      '<p>a</p><SCRIPT type="text/javascript">x = "<p>no</p>";</Script ><p>b</p>',
      '<script type="application/ld+json">{"headline":"kept"}</script><p>c</p>',
      '<p>d</p><!-- a <script> in a comment --><p>e</p>',
      '<link rel="stylesheet" href="s.css"><link rel="canonical" href="https://example.org/x"><p>f</p>',
      '<img src="a.png" alt="é"><picture><source srcset="b.webp"></picture><p>g</p>',
      '<scripts>not a script</scripts><p>h</p><imgx>',
      '<p>i</p><script>never closed',
      '<p>j</p><style>p{} <img src="x">',
      '<svg><title>Icon</title></svg><p>k — ünïcode</p><textarea><p>typed</p></TEXTAREA>',
      '<p>l</p><!-- open comment <p>m</p>',
      '<script-x>dash ends the name</script-x>',
    ];
    for (const markup of cases) expect(cut(markup)).toBe(stripInertMarkup(markup));
  });

  it('keeps a text-bearing noscript as a div, its own inert markup cut', () => {
    const story = 'The harbour reopened after the storm, the council said on Monday evening. '.repeat(4);
    const markup = `<p>a</p><noscript><p>${story}</p><img src="pixel.gif"></noscript>`;
    expect(cut(markup)).toBe(`<p>a</p><div><p>${story}</p></div>`);
    expect(cut('<p>a</p><noscript>Please enable JavaScript.</noscript>')).toBe('<p>a</p>');
  });

  it('gives the bytes back untouched when nothing is inert', () => {
    const bytes = new TextEncoder().encode('<p>Nothing to cut — at all.</p>');
    expect(Array.from(stripInertBytes(bytes, noscriptReplacement))).toEqual(Array.from(bytes));
  });
});
