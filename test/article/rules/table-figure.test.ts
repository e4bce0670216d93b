import { describe, expect, it } from 'vitest';
import { parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import { isTableFigure } from '../../../src/article/rules/table-figure.js';
import { htmlArticle } from '../../../src/article/html.js';

const P = '<p>The valley orchard opened its gates to cider makers from three counties, the growers said, after a wet spring cut the early harvest.</p><p>Presses ran from dawn, and the co-operative hired twelve extra pickers to bring in the late apples before the first frost.</p>';
const AFTER = '<p>Buyers from the coast paid more than last year for the sharp varieties, which the makers blend with sweeter fruit.</p>';
const first = (html: string): Element => parseDocument(html).children[0] as Element;

describe('a figure that holds a table', () => {
  it('is a table figure; an image figure is not', () => {
    expect(isTableFigure(first('<figure class="block-table"><table><tr><td>Apples</td></tr></table></figure>'))).toBe(true);
    expect(isTableFigure(first('<figure><div><table><tr><td>Apples</td></tr></table></div></figure>'))).toBe(true);
    expect(isTableFigure(first('<figure><img src="x.jpg"><figcaption>The orchard at dawn</figcaption></figure>'))).toBe(false);
    expect(isTableFigure(first('<div><table><tr><td>Apples</td></tr></table></div>'))).toBe(false);
  });

  it('is read with the story, while an image caption is still left out', () => {
    const table = '<figure class="block-table"><table><tr><th>Variety</th><th>Tonnes</th></tr><tr><td>Russet</td><td>412</td></tr><tr><td>Pippin</td><td>388</td></tr></table></figure>';
    const image = '<figure><img src="x.jpg"><figcaption>Pickers at work on the lower slopes</figcaption></figure>';
    const a = htmlArticle(`<html><body><article><h1>Cider makers flock to the orchard</h1>${P}${table}${image}${AFTER}</article></body></html>`);
    expect(a.text).toContain('Russet');
    expect(a.text).toContain('388');
    expect(a.text).not.toContain('Pickers at work');
  });
});
