/**
 * Result lists: a search page, a shop's filtered grid or a site's index names the box of its
 * results "search-results", "searchResults" or "results-list". The word "search" marks a search
 * form or box elsewhere (boilerplate), but a box of search *results* is the page's content.
 */
const RESULT_LIST = /search-?_?results?|results?-?_?(?:list|grid|container)/i;

export function isResultList(hint: string): boolean {
  return RESULT_LIST.test(hint);
}
