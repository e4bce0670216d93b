import { describe, expect, it } from 'vitest';
import { htmlArticle } from '../../../src/article/html.js';

const story = [
  'The valley orchard opened its gates to cider makers from three counties on Saturday, the growers said, after a wet spring cut the early harvest by a third.',
  'Presses ran from dawn, and the co-operative hired twelve extra pickers to bring in the late apples before the first frost reached the lower slopes of the valley.',
  'Buyers from the coast paid more than last year for the sharp varieties, which the makers blend with sweeter fruit to balance the cider they sell at the autumn fair.',
  'The growers expect the new storage barn to be finished before the winter, so that next year the fruit can wait longer for the presses without spoiling in the heat.',
].map((t) => `<p>${t}</p>`).join('');
const page = (after: string) => `<html><body><article><h1>Cider makers flock to the orchard</h1>${story}${after}</article></body></html>`;

describe('end matter after the story', () => {
  it('drops a "You may also like" section and an author box at the end', () => {
    const a = htmlArticle(page('<h3>You may also like</h3><p>Ten orchards to visit this autumn, from the coast to the hills.</p>'));
    expect(a.text).toContain('storage barn');
    expect(a.text).not.toContain('Ten orchards to visit');
    const b = htmlArticle(page('<h2>About the author</h2><p>Mira Talvik covers farming and food for the valley papers.</p>'));
    expect(b.text).not.toContain('covers farming');
  });

  it('keeps a section of the story whose heading merely sounds alike, and an early heading', () => {
    const a = htmlArticle(page('<h2>Next steps</h2><p>The co-operative will vote on the barn loan in March, the chair said.</p>'));
    expect(a.text).toContain('vote on the barn loan');
    const early = `<html><body><article><h1>Cider makers flock to the orchard</h1><h2>Related stories</h2>${story}</article></body></html>`;
    expect(htmlArticle(early).text).toContain('storage barn');
  });
});
