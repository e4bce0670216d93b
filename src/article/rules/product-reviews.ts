/**
 * Reviews on a shop's page: a product page's text is its description, feature list and
 * specifications; the customer reviews under them, their star ratings, review counts and
 * "write a review" prompts, are not. Shop templates name
 * those boxes plainly ("product-reviews", "review-item__body", "ratings-summary").
 * On a page that says it is a product (rules/page-kind.ts `product`), a box whose class or id
 * has such a word as one of its parts (split at "-" and "_") is boilerplate. "preview",
 * "overview" or "reviewed-by" are other words and do not count. On any other kind of page a
 * "review" box may be the story itself (a film review), so nothing changes there.
 */
import type { PageKind } from '../../schema.js';

const REVIEW_PART = /^(?:reviews?|ratings?)$/;

/** Whether a class/id hint names a review or rating box on a product page. */
export function isProductReviewBox(hint: string, kind: PageKind | undefined): boolean {
  if (kind !== 'product' || hint === '') return false;
  // Cheap pre-check: most hints hold none of the words.
  const lower = hint.toLowerCase();
  if (!lower.includes('review') && !lower.includes('rating')) return false;
  return lower.split(/[\s_-]+/).some((part) => REVIEW_PART.test(part));
}
