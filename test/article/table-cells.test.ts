import { describe, expect, it } from 'vitest';
import { htmlArticle } from '../../src/article/html.js';

const P = '<p>The valley orchard opened its gates to cider makers from three counties, the growers said, after a wet spring cut the early harvest.</p><p>Presses ran from dawn, and the co-operative hired twelve extra pickers to bring in the late apples before the first frost.</p>';
const AFTER = '<p>Buyers from the coast paid more than last year for the sharp varieties, which the makers blend with sweeter fruit.</p>';

describe('table cells with styling classes', () => {
  it('keeps cells whose utility class reads like a boilerplate name', () => {
    const cell = (t: string) => `<td class="border-b font-utility-2 py-tight">${t}</td>`;
    const table = `<table><tr>${cell('Week one')}${cell('Rest day, then a slow walk of twenty minutes')}</tr><tr>${cell('Week two')}${cell('Easy run of two miles with the pickers')}</tr></table>`;
    const a = htmlArticle(`<html><body><article><h1>Cider makers flock to the orchard</h1>${P}${table}${AFTER}</article></body></html>`);
    expect(a.text).toContain('slow walk of twenty minutes');
    expect(a.text).toContain('Easy run of two miles');
  });
});
