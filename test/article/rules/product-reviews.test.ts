import { describe, expect, it } from 'vitest';
import { htmlArticle } from '../../../src/article/html.js';
import { isProductReviewBox } from '../../../src/article/rules/product-reviews.js';

const review = (i: number) =>
  `<div class="review-item"><p class="review-item__body">Review ${i}: the kettle boils quickly, the handle stays cool, and after three months of daily use it shows no sign of limescale.</p></div>`;
const page = (head: string) =>
  `<html><head><title>Copper kettle</title>${head}</head><body><main><h1>Copper kettle</h1>` +
  `<div class="product-description"><p>A hand-hammered copper kettle with a brass whistle, a heat-proof oak handle and a wide base that suits gas, electric and induction hobs.</p>` +
  `<p>Each kettle holds one and a half litres, is lined with tin, and is made to order in a small workshop, so no two are quite alike.</p></div>` +
  `<div class="preview-gallery"><p>Preview: the spout is shaped to pour without dripping, even when the kettle is full to the brim.</p></div>` +
  `<section id="customer-reviews"><h2>What buyers say</h2>${[1, 2, 3].map(review).join('')}</section></main></body></html>`;

describe('product reviews', () => {
  it('drops the review section of a page that says it is a product, but keeps its description', () => {
    const a = htmlArticle(page('<meta property="og:type" content="product">'));
    expect(a.pageKind).toBe('product');
    expect(a.text).toContain('hand-hammered copper kettle');
    expect(a.text).toContain('Preview: the spout');
    for (const i of [1, 2, 3]) expect(a.text).not.toContain(`Review ${i}:`);
  });

  // [hint, page kind, whether it is a review box]
  const cases: [string, 'article' | 'product', boolean][] = [
    ['review-body', 'article', false], // a review may be the story
    ['review-body', 'product', true],
    ['product-reviews__list', 'product', true],
    ['star_rating', 'product', true],
    ['preview-gallery overview', 'product', false], // the words inside other words
    ['reviewed-by', 'product', false],
    ['', 'product', false],
  ];
  it.each(cases)('reads %s on a %s page as a review box: %s', (hint, kind, expected) => {
    expect(isProductReviewBox(hint, kind)).toBe(expected);
  });
});
