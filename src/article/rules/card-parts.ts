/**
 * Cards: the repeated boxes of a listing, a shop grid, a search result page or a thread. A card is
 * one of several siblings built from the same template (same tag, same first class), and its parts
 * carry names that elsewhere mark boilerplate: a "card__header", a "caption" with the teaser, a
 * "meta" or "timestamp" line with the date, a <figure> wrapping the whole tile, a "hover" layer
 * with the title. Inside a card those parts are the card's text, so the pruner spares them; only
 * names that say a part is an ad, a share bar, a consent layer or a sign-up prompt still prune.
 * The card itself, and the list holding it, are judged by their own names as before (a "related"
 * list of cards on a news page still goes whole).
 */
import type { Element } from 'domhandler';

/** How many siblings of one template make a run of cards. */
const CARD_MIN_SIBLINGS = 3;

/** Container tags a card is built on (paragraphs and table cells are text, not cards). */
const CARD_TAGS = new Set(['div', 'li', 'article', 'section', 'a', 'tr']);

/** Part names that are boilerplate even inside a card. */
const NEVER_CARD_TEXT =
  /advert|(?:^|[\s_-])ads?(?:$|[\s_-])|ad-?(?:slot|unit|container|wrapper|box)|dfp|gpt-ad|newsletter|cookie|consent|gdpr|popup|modal|outbrain|taboola|social|share(?!d)|sharing|comment|disqus|related|recommend|recirc|promo(?!ted)|paywall|breadcrumb|sidebar|pagination|pager|login|skip-?link|sr-only|screen-?reader|visually-?hidden/i;

function templateOf(el: Element): string {
  const cls = el.attribs.class?.trim();
  return cls ? `${el.name}.${cls.split(/\s+/, 1)[0]}` : el.name;
}

/**
 * A card is one of many small boxes: a box holding this share of the page's text or more, or
 * more than CARD_MAX_CHARS characters, is a section of the page (a chapter of a long post, a
 * column of a layout), whose parts are judged by their names as anywhere else.
 */
const CARD_MAX_SHARE = 0.25;
const CARD_MAX_CHARS = 1200;

/**
 * A run of cards is a good part of the page (a grid of results, the posts of a thread): a run
 * holding less than this share of the page's text is a small widget of a page builder (three
 * columns of an author box, a row of badges), whose parts are judged by their names.
 */
const CARD_RUN_MIN_SHARE = 0.1;

/**
 * The children of `parent` that are cards: container elements whose template (tag and first
 * class) at least CARD_MIN_SIBLINGS of their siblings share, each small (CARD_MAX_CHARS, a
 * CARD_MAX_SHARE of the page's `total` text at most), the run of them CARD_RUN_MIN_SHARE of it at
 * least. `lenOf` gives an element's text length. Two passes over the children, none below them.
 */
export function cardChildren(parent: Element, lenOf: (el: Element) => number | undefined, total: number): ReadonlySet<Element> | null {
  // This runs for every element the pruner visits: one pass gathers the possible cards and their templates.
  const boxes: Element[] = [];
  for (const c of parent.children) if (c.type === 'tag' && CARD_TAGS.has((c as Element).name)) boxes.push(c as Element);
  if (boxes.length < CARD_MIN_SIBLINGS) return null;
  const templates = boxes.map(templateOf);
  const counts = new Map<string, number>();
  for (const t of templates) counts.set(t, (counts.get(t) ?? 0) + 1);
  let cards: Set<Element> | null = null;
  let runLen = 0;
  for (let i = 0; i < boxes.length; i++) {
    if (counts.get(templates[i]!)! < CARD_MIN_SIBLINGS) continue;
    const len = lenOf(boxes[i]!);
    if (len === undefined || len >= total * CARD_MAX_SHARE || len > CARD_MAX_CHARS) continue;
    (cards ??= new Set()).add(boxes[i]!);
    runLen += len;
  }
  return cards && runLen >= total * CARD_RUN_MIN_SHARE ? cards : null;
}

/** A card whose links hold this share of its text or more is a teaser (a linked title, a linked tile). */
export const TEASER_CARD_MIN_LINK_DENSITY = 0.25;
/** …and holds at most this many paragraph-length blocks (a title, a summary, a line of details). */
export const TEASER_CARD_MAX_PARAGRAPHS = 3;

/** Whether a part of a card (its class/id hint) is boilerplate all the same. */
export function isNeverCardText(hint: string): boolean {
  return NEVER_CARD_TEXT.test(hint);
}
