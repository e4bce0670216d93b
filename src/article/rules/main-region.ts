/**
 * The page's main region: its <main> landmark (or role="main"), else the pruned <body>.
 * On a listing, a shop page, a service page or a thread the content is many small blocks (cards,
 * posts, feature boxes, specification rows), and the scorer's best block is only one of them. When
 * the scorer's pick holds little of the main region's text, or is mostly links (a list of cards),
 * the page's text is the whole main region, not its largest block. On an article the pick is most
 * of the region, so nothing changes there.
 */
import type { AnyNode, Element } from 'domhandler';
import type { PageKind } from '../../schema.js';

/** Text and link-text lengths, as the content stage measures them. */
export interface RegionStats {
  len: number;
  linkLen: number;
  /** Text length of the largest body-like element (<article>, <main>, "article-body") inside. */
  bodyLikeLen?: number;
}

/** A pick whose named article body holds this share of its text is that body. */
const NAMED_BODY_SHARE = 0.8;

/** A <main> landmark holding less than this share of the page's text is a fragment (a hero banner), not the region. */
const MAIN_MIN_SHARE = 0.3;

/**
 * An article-kind page takes its <main> landmark when the pick holds less than this share of the
 * landmark's text, and the pruned <body> (which still has the page's link lists) when the pick holds
 * less than `ARTICLE_PICK_MIN_PROSE_SHARE` of its non-link text. Measured on WCXB dev (every page type)
 * and on the AEB news pages: with the body's whole text as the yardstick, news pages whose body sits
 * among many link lists were read whole (AEB body F1 0.977 -> 0.957); with its non-link text, none is.
 */
const ARTICLE_PICK_MIN_SHARE = 0.65;
const ARTICLE_PICK_MIN_PROSE_SHARE = 0.4;

/**
 * Characters of non-link text (about 350 words) from which an article-kind page's pick is a story
 * of its own and the pruned body around it is not read instead. Added after a news page of the
 * gold set, a 2,300-character story beside long ranking lists, was read whole; on WCXB dev (every
 * page type, simulated per page) it costs 0.0015 of F1 (0.8385 -> 0.8370; articles 0.9476 -> 0.9463).
 */
const STORY_PROSE_CHARS = 2000;

/** A pick with more link text than this share is a list of cards, which the article reading would drop whole. */
const PICK_MAX_LINK_DENSITY = 0.5;

/**
 * A best block that is mostly link text is a list of cards (teasers, results, products): the page
 * is a listing whatever its metadata says.
 */
export function isCardList(pick: RegionStats): boolean {
  return pick.len > 0 && pick.linkLen > pick.len * PICK_MAX_LINK_DENSITY;
}

/**
 * The first <main> (or role="main") element not pruned, when it holds a fair share of the page's
 * text; null when there is none. The walk stops at the first landmark and skips pruned subtrees.
 */
export function mainLandmarkOf(root: Element, statsOf: (el: Element) => RegionStats | undefined, removed: ReadonlySet<AnyNode>): Element | null {
  const total = statsOf(root)?.len ?? 0;
  let found: Element | null = null;
  const walk = (el: Element): void => {
    for (const c of el.children) {
      if (found) return;
      if (c.type !== 'tag' || removed.has(c)) continue;
      const e = c as Element;
      if (e.name === 'main' || e.attribs.role === 'main') {
        if ((statsOf(e)?.len ?? 0) > total * MAIN_MIN_SHARE) found = e;
        continue; // a small landmark's inside is not searched for another one
      }
      walk(e);
    }
  };
  walk(root);
  return found;
}

/**
 * Whether the main region (`landmark`: the <main> element; otherwise the pruned body), rather than
 * the scorer's pick, is the page's text. Pages that say they are not articles (a listing, a
 * product, a thread) always take it; an article only when its pick is a small part of it, or a
 * list of links.
 */
export function regionIsContent(pick: RegionStats, region: RegionStats, kind: PageKind, landmark: boolean, undeclared = false): boolean {
  if (kind !== 'article' || isCardList(pick)) return true;
  // A pick that is (or holds) the page's named article body (<article>, itemprop=articleBody,
  // "story-body") is the story, however much teaser text the region has besides it.
  if ((pick.bodyLikeLen ?? 0) >= pick.len * NAMED_BODY_SHARE) return false;
  // An undeclared page's region is read only when it holds more than the pick (a fragment's
  // region can be the pick's own wrapper, which adds nothing and is not a block serialize reads).
  const undeclaredMore = undeclared && region.len > pick.len;
  if (landmark && (undeclaredMore || pick.len < region.len * ARTICLE_PICK_MIN_SHARE)) return true;
  const pickProse = pick.len - pick.linkLen;
  // Without a landmark the region is the pruned body, which keeps the page's teaser and ranking
  // lists: a pick of story length is the story, whatever those lists add up to.
  if (!landmark && pickProse >= STORY_PROSE_CHARS) return false;
  return undeclaredMore || pickProse < (region.len - region.linkLen) * ARTICLE_PICK_MIN_PROSE_SHARE;
}

/** What a page's metadata says, as far as choosing between its best block and its main region goes. */
export interface KindSignals {
  pageKind: PageKind;
  publishedAt: string | null;
  authors: readonly unknown[];
  /** A JSON-LD article type other than a bare WebPage, or og:type article. */
  articleEvidence: boolean;
}

/**
 * An article only by default: no article type in its JSON-LD, no og:type article, no publication
 * date and no author anywhere. Such a page gives no sign of being a story (a company's service
 * page, a landing page of feature boxes), so its main region is read, unless the pick is a named
 * article body or, without a <main> landmark, of story length (regionIsContent's exemptions).
 * Measured on WCXB dev, every page type: F1 0.854 -> 0.856 (service 0.800 -> 0.814, listing
 * 0.687 -> 0.699, articles 0.950 unchanged); the AEB news pages read the same. Without the author
 * test, or reading the region with no exemption, undated news pages lost their precision.
 */
export function isUndeclaredPage(meta: KindSignals): boolean {
  return meta.pageKind === 'article' && meta.publishedAt === null && meta.authors.length === 0 && !meta.articleEvidence;
}


