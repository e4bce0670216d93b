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

  it.each([
    ['<h3>Written by Mira Talvik</h3><p>Mira Talvik covers farming and food for the valley papers.</p>', 'covers farming'],
    ['<h2>How was this issue?</h2><p>Rate this week\'s letter with one click.</p><h2>Job board</h2><p>Three orchards are hiring pickers.</p>', 'Rate this week'],
    ['<h2>This story is funded by readers like you</h2><p>Our small newsroom keeps every story free to read.</p>', 'small newsroom'],
    ['<h2>Support our journalism</h2><p>Give what you can each month.</p>', 'Give what you can'],
    ['<h2>Pin this for later!</h2>', 'Pin this'],
  ])('drops a sign-off, feedback or appeal section at the end: %s', (after, gone) => {
    const a = htmlArticle(page(after));
    expect(a.text).toContain('storage barn');
    expect(a.text).not.toContain(gone);
  });
});
