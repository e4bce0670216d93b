/**
 * Layout names are not boilerplate. Page builders name boxes by where they sit or how they are
 * drawn ("elementor-top-section", "widget-span", "field--label-hidden", "overflow-hidden",
 * "hidden-xs", "toc-para"), not by what they hold; on such pages the story itself sits in boxes
 * whose class matches a boilerplate fragment. A container whose only boilerplate signal is a layout
 * name is kept when it holds prose, while content names ("comment", "related", "newsletter",
 * "share") keep pruning whatever the box holds.
 */

/**
 * Fragments that say what a box holds: boilerplate whatever its text looks like. A "cta" (call to
 * action) widget holds the site's own pitch ("support us", "join"), written as prose on purpose; a
 * plain "cta" banner is left alone, since product and service pages put their main text in them.
 */
const CONTENT_BOILERPLATE =
  /share(?!d)|sharing|social|comment|disqus|newsletter|subscri|signup|sign-up|related|recommend|promo|cookie|consent|gdpr|outbrain|taboola|sponsor|advert|breadcrumb|byline|caption|paywall|recirc|read-?next|more-?stories|author|(?:^|[\s_-])bio(?:$|[\s_-])|bio-?box|skip-?link|sr-only|screen-?reader|visually-?hidden|print-?only|inline-?ad|ad-?(?:slot|unit|container|wrapper|box)|dfp|gpt-ad|credit|dateline|tags|keywords|trending|most-?popular|most-?read|read-?more|timestamp|post-?meta|article-?meta|topics|pagination|pager|login|search|footer|sidebar|menu|breadcrumbs?|masthead|widget[\w-]*[_-]cta(?:$|[\s_-])/i;

/** Whether an element's class/id matches boilerplate only through layout or visibility names. */
export function isLayoutHint(hint: string): boolean {
  return !CONTENT_BOILERPLATE.test(hint);
}

export interface ProseStats {
  len: number;
  linkLen: number;
  commas: number;
  paragraphs: number;
}

/** At least this much text… */
const PROSE_MIN_CHARS = 100;
/** …with links making up less than this share of it… */
const PROSE_MAX_LINK_DENSITY = 0.2;
/** …and a comma per this many characters at most (sentences, not a list of labels). */
const PROSE_CHARS_PER_COMMA = 250;

/** Running text: long, few links, sentence punctuation, in at least one paragraph. */
export function holdsProse(s: ProseStats | undefined): boolean {
  if (!s || s.len < PROSE_MIN_CHARS || s.paragraphs < 1) return false;
  if (s.linkLen / s.len >= PROSE_MAX_LINK_DENSITY) return false;
  return s.commas >= s.len / PROSE_CHARS_PER_COMMA;
}
