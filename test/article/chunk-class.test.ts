import { describe, expect, it } from 'vitest';
import { htmlArticle } from '../../src/article/html.js';

const sentences = [
  'The valley orchard opened its gates to cider makers from three counties on Saturday, the growers said, after a wet spring cut the early harvest by a third.',
  'Presses ran from dawn, and the co-operative hired twelve extra pickers to bring in the late apples before the first frost reached the lower slopes of the valley.',
  'Buyers from the coast paid more than last year for the sharp varieties, which the makers blend with sweeter fruit to balance the cider they sell at the autumn fair.',
  'The growers expect the new storage barn to be finished before the winter, so that next year the fruit can wait longer for the presses without spoiling in the heat.',
];
// A page builder: every text block carries the same widget class plus its own hexadecimal id token,
// each in a section of its own with an image widget beside it; the first block is the longest.
const widget = (id: string, text: string) => `<section class="row"><div class="col"><div class="inner"><div class="widget widget-text widget-${id}"><p>${text}</p></div></div></div><div class="col"><div class="widget widget-image"><img src="x.jpg" alt=""></div></div></section>`;

describe('body chunks of a page builder', () => {
  it('reads every text widget of the same kind, whatever its id token', () => {
    const first = widget('3f9a2c1', sentences.join(' ') + '</p><p>' + sentences.join(' '));
    const rest = ['a81b0d4', '5c6d7e8'].map((id, i) => widget(id, `Later section ${i + 1}: ${sentences[i]!}`)).join('');
    const a = htmlArticle(`<html><body><h1>Cider makers flock to the orchard</h1><main>${first}${rest}</main></body></html>`);
    expect(a.text).toContain('Later section 1:');
    expect(a.text).toContain('Later section 2:');
  });
});
