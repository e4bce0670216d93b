/**
 * Main-content extraction on a parsed DOM (domhandler nodes, shared by cheerio's parse5 and
 * htmlparser2 modes). Pipeline:
 *   1. measure      - text length, link-text length and commas of every element, bottom-up, once;
 *   2. prune        - drop elements that are never body text (scripts, nav, forms, hidden nodes)
 *                     and boilerplate containers recognised by class/id/role (share bars, related
 *                     stories, comments, newsletter prompts, captions, author bios), except when
 *                     such a container holds most of the page's text (a mislabelled wrapper);
 *   3. score        - Readability-style: each paragraph scores its ancestors by length and commas,
 *                     containers get class/id hints, and the score is discounted by link density;
 *   4. select       - the best container plus siblings that look like more of the same text;
 *   5. serialize    - block elements to paragraphs, dropping link-dense blocks, caption/credit and
 *                     call-to-action lines, the repeated headline, and repeated paragraphs.
 */
import type { AnyNode, Element } from 'domhandler';
import { isSyndicationCredit } from './trailer.js';
import { CONTENT_SETTINGS as K } from './settings.js';
import { holdsProse, isLayoutHint } from './rules/layout-hint.js';
import { endMatterStart } from './rules/end-matter.js';
import { isTableFigure } from './rules/table-figure.js';
import { isRevealedLater } from './rules/revealed-hidden.js';
import { textOf } from './dom-text.js';
import { isCardList, mainLandmarkOf, regionIsContent } from './rules/main-region.js';
import { hintForKind } from './rules/thread-posts.js';
import { isProductReviewBox } from './rules/product-reviews.js';
import { isPromptBox } from './rules/prompt-box.js';
import { isResultList } from './rules/result-list.js';
import { cardChildren, isNeverCardText, TEASER_CARD_MAX_PARAGRAPHS, TEASER_CARD_MIN_LINK_DENSITY } from './rules/card-parts.js';
import type { PageKind } from '../schema.js';

interface Stats {
  /** Characters of visible text (white space collapsed). */
  len: number;
  /** Of which inside <a>. */
  linkLen: number;
  commas: number;
  /** Text (and commas) outside any block child: a run of prose held directly by this element. */
  inlineLen: number;
  inlineCommas: number;
  /** Paragraph-like descendants (or own text runs) with at least `paragraphMinChars` characters. */
  paragraphs: number;
  /** Text length of the largest body-like element (<article>, <main>, "article-body"...) in this subtree. */
  bodyLikeLen: number;
}

export interface ContentOptions {
  /** The headline, so a copy of it at the top of the body is dropped. */
  title?: string | null;
  /** A listing, thread or live blog: its link-dense selection is the page's text, not navigation. */
  wholePage?: boolean;
  /** What the page says it is (rules/page-kind.ts); a page that is not an article is read as its main region. */
  pageKind?: PageKind;
  /** The page does not say it is an article (rules/main-region.ts isUndeclaredPage): its main region is read more readily. */
  undeclared?: boolean;
}

const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'embed', 'canvas', 'button', 'select',
  'input', 'textarea', 'label', 'option', 'nav', 'aside', 'footer', 'figure', 'figcaption', 'picture', 'video',
  'audio', 'map', 'dialog', 'menu', 'head', 'title', 'meta', 'link', 'img', 'source', 'track', 'math',
]);
/** Dropped like SKIP_TAGS unless they hold most of the page's text (some sites wrap everything in them). */
const GUARDED_TAGS = new Set(['header', 'form', 'nav', 'aside', 'footer', 'figure']);

const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'blockquote',
  'pre', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'dd', 'dt', 'dl', 'address', 'center', 'header',
  'hgroup', 'details', 'summary', 'caption', 'body', 'html', 'form', 'fieldset', 'hr',
]);
const PARAGRAPH_TAGS = new Set(['p', 'pre', 'blockquote', 'td', 'h2', 'h3', 'h4', 'li']);
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Class/id fragments that mark boilerplate wherever they appear in the name. */
const NEGATIVE_SUBSTRING =
  /share(?!d)|sharing|social|comment|disqus|newsletter|subscri|signup|sign-up|related|recommend|promo|cookie|consent|gdpr|outbrain|taboola|sponsor|advert|breadcrumb|footer|byline|caption|popup|modal|paywall|recirc|read-?next|more-?stories|author-?(?:bio|info|box|card|details)|bio-?box|(?:^|[\s_-])bio(?:$|[\s_-])|skip-?link|visually-?hidden|sr-only|screen-?reader|print-?only|hidden|tooltip|jump-?link|inline-?ad|ad-?(?:slot|unit|container|wrapper|box)|dfp|gpt-ad|credit|dateline|tags|keywords|toc\b|table-?of-?contents|flyout|overlay|rollover|hover-?card|popover|sidebar|masthead|trending|most-?popular|most-?read|read-?more|banner|timestamp|meta-?data|post-?meta|article-?meta|topics|pagination|pager|utility|toolbar|nav|(?:^|[\s_-])rail/i;
/** Whole-token hints that are boilerplate unless a positive hint also matches. */
const NEGATIVE_TOKEN = /^(?:ad|ads|adv|menu|bio|meta|extra|more|widget|header|head|tools|links|login|account|search|alert|notice|hide|related|top|bottom|foot)$/i;
const POSITIVE = /article|body|content|entry|main|post|story|text|hentry|blog|page|column|prose|rich/i;
const STRONG_POSITIVE = /article-?body|story-?body|post-?body|entry-?content|article-?content|post-?content|story-?content|body-?text|article-?text|articlebody|storytext|paywall-?content|caas-body/i;
const AUTHOR_BIO = /(?:^|[\s_-])bio(?:$|[\s_-])|author-?(?:bio|info|box|card|details)|bio-?box/i;
/** Embedded posts (tweets, Instagram) quoted by the story are part of its text. */
const EMBED = /social-?(?:media-?)?embed|twitter-tweet|tweet-?embed|instagram-media|embed-?(?:tweet|twitter|instagram|social)|tiktok-embed/i;
/**
 * Whether a class/id names the article body. A BEM element of the body block ("story-body__share")
 * is a part of the body's template, not the body, unless its own name is body-like ("article__body").
 */
function namesBody(hint: string): boolean {
  if (!STRONG_POSITIVE.test(hint)) return false;
  return hint.split(/\s+/).some((token) => {
    if (!STRONG_POSITIVE.test(token)) return false;
    const element = token.lastIndexOf('__');
    return element < 0 || /body|content|text/i.test(token.slice(element + 2));
  });
}

const NEGATIVE_ROLES = /^(?:navigation|complementary|banner|contentinfo|dialog|alertdialog|menu|menubar|search|toolbar|tooltip)$/i;

/** A "Tags" label line; the keyword list after it goes too. */
const TAG_LABEL = /^(?:tags?|tagged|topics?|keywords|filed under|categories|etiquetas|temas|schlagw[öo]rter|теги|темы)\s*:?$/iu;
/** Short comma-separated items without sentence punctuation. */
const KEYWORD_LIST = /^(?:[^,.!?;:]{1,40},\s*)+[^,.!?;:]{1,40}$/u;

/** Short lines that are captions, credits or calls to action, never article sentences. */
const BOILERPLATE_TEXT: RegExp[] = [
  /^(?:advertisement|advertisements|advert|ad|sponsored(?: content)?|story continues below(?: advertisement)?|continue reading(?: (?:the )?(?:main )?story)?(?: below)?|article continues below(?: advertisement)?|scroll to continue(?: with content)?)\W*$/i,
  /^(?:read|see|watch|listen|click|tap|sign up|subscribe|follow|share|like|join|download|get)\b.{0,60}(?:here|now|newsletter|below|app|updates|alerts|facebook|twitter|instagram|podcast|more)\W*$/i,
  /^(?:related|more|read more|recommended|see also|also read|read also|must read|trending|most read|most popular|top stories|latest)(?: (?:stories|articles|news|coverage|content|from [\p{L} ]+))?\s*:?.{0,0}$/iu,
  /^(?:related|read more|see also|also read|more|recommended|watch|listen)\s*:.{0,160}$/i,
  /^(?:photo|image|picture|video|graphic|illustration|credit|source|file photo|pictured|above|top|left|right)s?\s*(?:credit)?\s*:.{0,200}$/i,
  /^\(?(?:photo|image|credit|picture)s?\s*(?:by|:|courtesy)[^)]{0,120}\)?\.?$/i,
  /^.{0,160}(?:getty images|shutterstock|istock(?:photo)?|associated press|ap photo|afp(?: via getty)?|reuters|epa|alamy)(?:\s*(?:file|photo|images))?\)?\.?$/i,
  /^(?:image|media) (?:copyright|caption).{0,200}$/i,
  /^.{0,250}\((?:image|photo|picture|pic|credit|video|source|foto|imagem)s?\s*(?::|by|courtesy)[^)]{0,80}\)\s*$/i,
  /^(?:©|\(c\)|copyright\b).{0,200}$/i,
  /^(?:all rights reserved|this (?:article|story|content) (?:may not|cannot) be .{0,120})\.?$/i,
  /^(?:share|share this|share this (?:article|story)|tweet|email|print|comments?|\d+ comments?|leave a comment|view comments|show comments)\W*$/i,
  /^(?:we use cookies|by (?:clicking|continuing|using)\b).{0,300}$/i,
  /^(?:sign up|subscribe|get|receive)\b.{0,120}\b(?:newsletter|inbox|email|e-mail)\b.{0,120}$/i,
  /^(?:follow|contact) (?:us|me|him|her|the author|[\p{Lu}][\p{L}]+(?: [\p{Lu}][\p{L}]+)?) on (?:twitter|facebook|instagram|linkedin)\b.{0,80}$/iu,
  /^(?:published|updated|posted|last (?:updated|modified))\b.{0,80}$/i,
  // Portuguese/Spanish datelines: "segunda-feira, 22 de janeiro de 2018 às 0:13".
  /^(?:[\p{L}-]+,\s*)?\d{1,2}\s+de\s+\p{L}+\s+de\s+\d{4}(?:,?\s+(?:às|as|a las|a la)\s+\d{1,2}[:h]\d{2})?$/iu,
  // A bare dateline: "Nov. 20, 2019, 9:28 AM UTC", "20 November 2019 10:15".
  /^(?:\p{L}+,? )?(?:\p{L}{3,9}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,2}\.? \p{L}{3,9}\.? \d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})(?:,? (?:at )?\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?(?: [A-Z]{2,4})?)?$/iu,
  /^(?:this (?:slideshow|video|content|feature|embed) requires javascript|please enable javascript|javascript is (?:disabled|required)).{0,120}$/i,
  /^\[\w+[^\]]*\].{0,200}\[\/\w+\]$/, // a CMS shortcode left unrendered
  TAG_LABEL,
  /^(?:tags?|tagged|topics?|keywords|filed under)\s*:\s*(?:[^,.!?;:]{1,40},\s*)+[^,.!?;:]{1,40}$/iu,
  /^(?:tell us what you think|what do you think|have your say|join the (?:conversation|discussion))\W*$/i,
  /^by [\p{Lu}][\p{L}.'’-]+(?: [\p{Lu}][\p{L}.'’-]+){0,3}(?:,? (?:and|&) [\p{Lu}][\p{L}.'’-]+(?: [\p{Lu}][\p{L}.'’-]+){0,3})?(?:\s*[|,•·-].{0,80})?$/u,
];

/**
 * BOILERPLATE_TEXT folded into two patterns (case-insensitive ones, case-sensitive ones): an
 * alternation matches where one of its patterns does (none holds a numbered backreference), and
 * one call per short block replaces two dozen (this test runs for nearly every block of every page).
 */
const foldPatterns = (patterns: RegExp[], flags: string): RegExp => new RegExp(patterns.map((re) => `(?:${re.source})`).join('|'), flags);
const BOILERPLATE_ANY_CASE = foldPatterns(BOILERPLATE_TEXT.filter((re) => re.flags.includes('i')), 'iu');
const BOILERPLATE_CASED = foldPatterns(BOILERPLATE_TEXT.filter((re) => !re.flags.includes('i')), 'u');

/** One of BOILERPLATE_TEXT matches the whole block. */
export function isBoilerplateText(text: string): boolean {
  return BOILERPLATE_ANY_CASE.test(text) || BOILERPLATE_CASED.test(text);
}

// ---------------------------------------------------------------------------

const isElement = (n: AnyNode): n is Element => n.type === 'tag' || n.type === 'script' || n.type === 'style';

/** The document root stands in for <body> in fragments; it has no attributes. */
const NO_ATTRIBS: Record<string, string> = {};

function hintOf(el: Element): string {
  const a = el.attribs ?? NO_ATTRIBS;
  // Most elements carry none of the three: no string to build (this runs several times per element).
  if (a.class === undefined && a.id === undefined && a.itemprop === undefined) return '';
  // itemprop="articleBody" is the page's own statement of where the body is.
  const itemprop = a.itemprop && /articleBody|text/i.test(a.itemprop) ? ` ${a.itemprop}` : '';
  return `${a.class ?? ''} ${a.id ?? ''}${itemprop}`.trim();
}

/**
 * The length of a text with runs of white space counted as one character, and its commas
 * (Latin, ideographic, full-width, Arabic), in one pass: every text node of the page is read.
 */
function textFigures(s: string): { length: number; commas: number } {
  let n = 0;
  let commas = 0;
  let space = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 160) {
      if (!space) n++;
      space = true;
    } else {
      n++;
      space = false;
      if (c === 44 || c === 0x3001 || c === 0xff0c || c === 0x060c) commas++;
    }
  }
  return { length: n, commas };
}

/** Bottom-up statistics for every element (SKIP_TAGS subtrees aside). */
export function measure(root: Element): Map<Element, Stats> {
  const stats = new Map<Element, Stats>();
  const visit = (el: Element, inLink: boolean): Stats => {
    const s = measureOne(el, inLink, (child, link) => visit(child, link));
    stats.set(el, s);
    return s;
  };
  visit(root, false);
  return stats;
}

/**
 * After pruning, only the ancestors of removed nodes change: their statistics are recomputed in
 * place (bottom-up, without the removed nodes), every other element keeps its first-pass figures.
 * Removed elements keep stale entries, so callers test `removed` before trusting a sibling's stats.
 */
export function remeasure(root: Element, stats: Map<Element, Stats>, removed: Set<AnyNode>): void {
  const dirty = new Set<Element>();
  for (const node of removed) {
    for (let p = node.parent as Element | null; p && !dirty.has(p); p = p.parent as Element | null) {
      dirty.add(p);
      if (p === root) break;
    }
  }
  if (dirty.size === 0) return;
  const visit = (el: Element, inLink: boolean): Stats => {
    if (!dirty.has(el)) return stats.get(el)!;
    const s = measureOne(el, inLink, (child, link) => visit(child, link), removed);
    stats.set(el, s);
    return s;
  };
  visit(root, false);
}

/** Statistics of one element from its text children and its element children's statistics. */
function measureOne(el: Element, inLink: boolean, childStats: (child: Element, inLink: boolean) => Stats, removed?: Set<AnyNode>): Stats {
  const s: Stats = { len: 0, linkLen: 0, commas: 0, inlineLen: 0, inlineCommas: 0, paragraphs: 0, bodyLikeLen: 0 };
  const link = inLink || el.name === 'a';
  for (const child of el.children) {
    if (child.type === 'text') {
      if (removed?.has(child)) continue;
      const { length: len, commas } = textFigures(child.data);
      s.len += len;
      s.inlineLen += len;
      if (link) s.linkLen += len;
      s.commas += commas;
      s.inlineCommas += commas;
    } else if (child.type === 'tag') {
      if ((SKIP_TAGS.has(child.name) && !isTableFigure(child)) || removed?.has(child)) continue;
      const c = childStats(child, link);
      s.len += c.len;
      s.linkLen += c.linkLen;
      s.commas += c.commas;
      s.paragraphs += c.paragraphs;
      if (c.bodyLikeLen > s.bodyLikeLen) s.bodyLikeLen = c.bodyLikeLen;
      if (!BLOCK_TAGS.has(child.name)) {
        s.inlineLen += c.len;
        s.inlineCommas += c.commas;
      }
    }
  }
  if (isBodyLike(el) && s.len > s.bodyLikeLen) s.bodyLikeLen = s.len;
  if ((PARAGRAPH_TAGS.has(el.name) && s.len >= K.paragraphMinChars) || (!PARAGRAPH_TAGS.has(el.name) && s.inlineLen >= K.paragraphMinChars)) s.paragraphs++;
  return s;
}

/** <article>, <main> or an element whose class/id/itemprop names the article body. */
function isBodyLike(el: Element): boolean {
  return el.name === 'article' || el.name === 'main' || namesBody(hintOf(el));
}

/**
 * A hidden or boilerplate-looking container is really a page wrapper (mislabelled, or a modal
 * that holds the story) when it has most of the page's text or contains a sizeable article body.
 */
function isWrapper(s: Stats | undefined, total: number): boolean {
  if (!s) return false;
  return (s.len > total * K.wrapperShare && s.len > K.wrapperMinChars) || s.bodyLikeLen > K.wrapperBodyChars;
}

function isHidden(el: Element): boolean {
  const a = el.attribs ?? NO_ATTRIBS;
  if (a.hidden !== undefined) return true;
  if (a['aria-hidden'] === 'true') return true;
  const style = a.style;
  return !!style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

function classWeight(el: Element): number {
  const hint = hintOf(el);
  if (!hint) return 0;
  let w = 0;
  if (namesBody(hint)) w += K.bodyClassWeight;
  else if (POSITIVE.test(hint)) w += K.positiveClassWeight;
  if (NEGATIVE_SUBSTRING.test(hint)) w -= K.negativeClassWeight;
  return w;
}

const TABLE_PARTS = new Set(['td', 'th', 'tr', 'tbody', 'thead']);

/** Whether a container is boilerplate by its tag, role, class or id. */
function isBoilerplateContainer(el: Element, s: Stats | undefined, kind?: PageKind): boolean {
  if (GUARDED_TAGS.has(el.name)) return !isTableFigure(el);
  // A table's cells and rows are styled, not labelled: the table is judged whole (isNoisyContainer).
  if (TABLE_PARTS.has(el.name)) return false;
  const role = (el.attribs ?? NO_ATTRIBS).role;
  if (role && NEGATIVE_ROLES.test(role)) return true;
  const hint = hintForKind(hintOf(el), kind);
  if (!hint) return false;
  if (AUTHOR_BIO.test(hint)) return true; // "post-body-bio" names the body, but it is a bio
  if (isProductReviewBox(hint, kind)) return true; // customer reviews on a shop's page (rules/product-reviews.ts)
  if (isPromptBox(hint)) return true; // paywall, disclaimer and donation boxes, even inside the body (rules/prompt-box.ts)
  if (namesBody(hint) || EMBED.test(hint) || isResultList(hint)) return false;
  const negative = NEGATIVE_SUBSTRING.test(hint) || (!POSITIVE.test(hint) && hint.split(/[\s_-]+/).some((t) => NEGATIVE_TOKEN.test(t)));
  // A layout name ("top-section", "label-hidden") on a box of running text is the story's own box.
  return negative && !(isLayoutHint(hint) && holdsProse(s));
}

/** Inside a card only navigation, asides and parts named as ads, share bars or prompts are boilerplate. */
function isBoilerplateCardPart(el: Element, kind?: PageKind): boolean {
  if (el.name === 'nav' || el.name === 'aside' || el.name === 'figure') return true;
  const role = (el.attribs ?? NO_ATTRIBS).role;
  if (role && NEGATIVE_ROLES.test(role)) return true;
  const hint = hintForKind(hintOf(el), kind);
  return hint !== '' && isNeverCardText(hint);
}

/** Hints naming text that is never part of a sentence, even in an inline element. */
const NOT_SENTENCE_TEXT = /caption|credit|byline|hidden|sr-only|visually|screen-?reader|share|social|advert|promo/i;
const INLINE_TAGS = new Set(['a', 'span', 'em', 'strong', 'b', 'i', 'u', 'abbr', 'cite', 'small', 'sup', 'sub', 'time', 'font', 'mark', 'q', 'code']);

/**
 * An inline element holding text or a link directly is part of a sentence (a linked name, an
 * emphasized word), whatever its class says; a hover card inside it is pruned on its own.
 */
function isInlineRun(el: Element): boolean {
  if (!INLINE_TAGS.has(el.name) || NOT_SENTENCE_TEXT.test(hintOf(el))) return false;
  return el.children.some((c) => (c.type === 'text' && c.data.trim().length > 0) || (c.type === 'tag' && (c as Element).name === 'a'));
}

/**
 * Marks nodes to drop. A boilerplate-looking container that holds more than 40% of the page's
 * text (and a fair amount of it) is a mislabelled wrapper and is kept.
 */
export function prune(root: Element, stats: Map<Element, Stats>, cardsFound?: Set<Element>, kind?: PageKind): Set<AnyNode> {
  const removed = new Set<AnyNode>();
  const total = stats.get(root)?.len ?? 0;
  // `inCard`: el is a card or a part of one (rules/card-parts.ts), whose parts are its text.
  const visit = (el: Element, inCard: boolean): void => {
    const cards = cardChildren(el, (c) => stats.get(c)?.len, total);
    for (const child of el.children) {
      if (child.type === 'comment' || child.type === 'directive' || child.type === 'cdata') {
        removed.add(child);
        continue;
      }
      if (!isElement(child)) continue;
      if (child.type !== 'tag' || (SKIP_TAGS.has(child.name) && !GUARDED_TAGS.has(child.name))) {
        removed.add(child);
        continue;
      }
      const cs = stats.get(child);
      // Hidden copies of the story exist (templates, "next article" preloads), so a hidden
      // element is kept only when it holds most of the page.
      const hidden = isHidden(child) && !isRevealedLater(child) && !(cs && cs.len > total * K.wrapperShare && cs.len > K.wrapperMinChars);
      const boilerplate = (inCard ? isBoilerplateCardPart(child, kind) : isBoilerplateContainer(child, cs, kind) && !isInlineRun(child)) && !isWrapper(cs, total);
      if (hidden || boilerplate) {
        removed.add(child);
        continue;
      }
      const isCard = cards?.has(child) ?? false;
      if (isCard) cardsFound?.add(child);
      visit(child, inCard || isCard);
    }
  };
  visit(root, false);
  return removed;
}

// ---------------------------------------------------------------------------
// Scoring and selection

function tagWeight(name: string): number {
  switch (name) {
    case 'article': return 10;
    case 'main': case 'div': case 'section': return 5;
    case 'pre': case 'td': case 'blockquote': return 3;
    case 'address': case 'ol': case 'ul': case 'dl': case 'dd': case 'dt': case 'li': case 'form': return -3;
    case 'h1': case 'h2': case 'h3': case 'h4': case 'h5': case 'h6': case 'th': return -5;
    default: return 0;
  }
}

function linkDensity(s: Stats | undefined): number {
  return s && s.len > 0 ? s.linkLen / s.len : 0;
}

/** Readability's scoring: each paragraph adds to its parent, half to its grandparent, less further up. */
export function scoreCandidates(root: Element, stats: Map<Element, Stats>, removed: Set<AnyNode>): Map<Element, number> {
  const scores = new Map<Element, number>();
  const init = (el: Element): number => {
    let s = scores.get(el);
    if (s === undefined) {
      s = tagWeight(el.name) + classWeight(el);
      scores.set(el, s);
    }
    return s;
  };
  const credit = (from: Element | null, score: number): void => {
    let ancestor = from;
    for (let level = 0; ancestor && ancestor.type === 'tag' && level < 5; level++) {
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(ancestor, init(ancestor) + score / divider);
      if (ancestor === root) break;
      ancestor = ancestor.parent as Element | null;
    }
  };
  const visit = (el: Element): void => {
    for (const child of el.children) {
      if (removed.has(child) || child.type !== 'tag') continue;
      visit(child);
    }
    const s = stats.get(el);
    if (!s) return;
    if (PARAGRAPH_TAGS.has(el.name) && el.name !== 'li' && !HEADING_TAGS.has(el.name)) {
      // A paragraph element scores its parent chain.
      if (s.len >= K.paragraphMinChars) credit(el.parent as Element | null, paragraphScore(s.len, s.commas));
    } else if (CONTAINER_TAGS.has(el.name) && s.inlineLen >= K.paragraphMinChars) {
      // Prose held directly by a container (text between <br>s or empty divs) is a paragraph inside it.
      credit(el, paragraphScore(s.inlineLen, s.inlineCommas));
    }
  };
  visit(root);
  for (const [el, s] of scores) scores.set(el, s * (1 - linkDensity(stats.get(el))));
  return scores;
}

const CONTAINER_TAGS = new Set(['div', 'section', 'article', 'main', 'center', 'font', 'span', 'body']);

function paragraphScore(len: number, commas: number): number {
  return 1 + commas + Math.min(Math.floor(len / 100), 3);
}

/**
 * A body split into several sibling chunks (ads between them) yields several near-equal
 * candidates; their lowest common ancestor holds the whole body (Readability does the same).
 * Only candidates unrelated to the top one count, and the ancestor must be reasonably close.
 */
function commonAncestorOfAlternatives(top: Element, best: number, scores: Map<Element, number>, root: Element): Element | null {
  const alternatives: Element[] = [];
  for (const [el, s] of scores) {
    if (el === top || s < best * K.alternativeShare) continue;
    if (contains(el, top) || contains(top, el)) continue;
    alternatives.push(el);
  }
  if (alternatives.length === 0) return null;
  let ancestor: Element | null = top;
  const within = (a: Element): boolean => alternatives.every((alt) => contains(a, alt));
  for (let depth = 0; ancestor && ancestor !== root && depth < 4; depth++) {
    ancestor = ancestor.parent as Element | null;
    if (ancestor && ancestor.type === 'tag' && within(ancestor)) return ancestor === root ? null : ancestor;
  }
  return null;
}

function contains(ancestor: Element, node: Element): boolean {
  for (let n: Element | null = node; n; n = n.parent as Element | null) if (n === ancestor) return true;
  return false;
}

/**
 * The page names its body container ("article-body", itemprop=articleBody): when the scorer's pick
 * sits a few levels inside it, the named container holds the rest of the body's blocks.
 */
function bodyNamedAncestor(top: Element, root: Element, stats: Map<Element, Stats>): Element | null {
  let el = top.parent as Element | null;
  for (let depth = 0; el && el.type === 'tag' && el !== root && depth < K.namedBodyClimb; depth++, el = el.parent as Element | null) {
    if (namesBody(hintOf(el))) return linkDensity(stats.get(el)) < K.namedBodyMaxLinkDensity ? el : null;
  }
  return null;
}

/**
 * Templates that cut the body into chunks (to put ads between them) give every chunk the same
 * class. All text-bearing, non-nested elements sharing the chosen container's class, in document
 * order, are the body.
 */
function sameClassChunks(top: Element, root: Element, stats: Map<Element, Stats>, removed: Set<AnyNode>): Element[] {
  const cls = chunkClass(top);
  if (!cls) return [top];
  const chunks: Element[] = [];
  const walk = (el: Element): void => {
    for (const c of el.children) {
      if (c.type !== 'tag' || removed.has(c) || !stats.has(c as Element)) continue;
      const child = c as Element;
      if (chunkClass(child) === cls) {
        const s = stats.get(child)!;
        if (child === top || (s.len >= K.chunkMinChars && linkDensity(s) < K.namedBodyMaxLinkDensity && s.paragraphs >= 1)) chunks.push(child);
        continue; // no nested chunks
      }
      walk(child);
    }
  };
  walk(root);
  return chunks.includes(top) ? chunks : [top];
}

/**
 * The class a template gives every chunk of a body, without per-instance tokens: page builders add
 * a hexadecimal id token to each block ("block block-3f9a2c"), which differs from chunk to chunk.
 */
const INSTANCE_TOKEN = /^[a-z][a-z-]*-(?=[0-9a-f]*\d)[0-9a-f]{5,10}$/i;

function chunkClass(el: Element): string {
  const cls = (el.attribs ?? NO_ATTRIBS).class;
  if (!cls) return '';
  return cls.split(/\s+/).filter((t) => t && !INSTANCE_TOKEN.test(t)).join(' ');
}

export function selectContent(root: Element, stats: Map<Element, Stats>, scores: Map<Element, number>, removed: Set<AnyNode>): Element[] {
  let top: Element | null = null;
  let best = -Infinity;
  for (const [el, s] of scores) {
    if (s > best) {
      best = s;
      top = el;
    }
  }
  if (!top) return [root];
  top = commonAncestorOfAlternatives(top, best, scores, root) ?? top;
  best = Math.max(best, scores.get(top) ?? 0);
  // Climb while the parent carries clearly more paragraph text (the body was split across wrappers).
  while (top.parent && top.parent.type === 'tag' && top !== root) {
    const parent = top.parent as Element;
    const ps = stats.get(parent);
    const ts = stats.get(top)!;
    if (!ps) break;
    const parentScore = scores.get(parent) ?? 0;
    if (ps.paragraphs <= ts.paragraphs) break;
    if (parentScore < best * K.climbScoreShare) break;
    if (linkDensity(ps) > K.climbMaxLinkDensity) break;
    top = parent;
    best = Math.max(best, parentScore);
  }
  top = bodyNamedAncestor(top, root, stats) ?? top;
  const chunks = sameClassChunks(top, root, stats, removed);
  if (chunks.length > 1) return chunks;
  const parent = top.parent as Element | null;
  if (!parent || parent.type !== 'tag') return [top];
  const threshold = Math.max(K.siblingMinScore, best * K.siblingScoreShare);
  const selected: Element[] = [];
  for (const sib of parent.children) {
    if (sib.type !== 'tag' || removed.has(sib)) continue;
    if (sib === top) {
      selected.push(sib);
      continue;
    }
    const ss = stats.get(sib);
    if (!ss || ss.len === 0) continue;
    const sibScore = scores.get(sib) ?? 0;
    const ld = linkDensity(ss);
    if (sibScore >= threshold && ld < K.siblingMaxLinkDensity) selected.push(sib);
    else if (sib.name === 'p' && ((ss.len > K.siblingParagraphMinChars && ld < K.siblingParagraphMaxLinkDensity) || (ss.len > 0 && ld === 0 && /[.!?]["”’)]?\s*$/.test(textOf(sib))))) selected.push(sib);
  }
  return selected;
}

// ---------------------------------------------------------------------------
// Serialization

function countItems(list: Element): number {
  let n = 0;
  for (const c of list.children) if (c.type === 'tag' && ((c as Element).name === 'li' || (c as Element).name === 'dd')) n++;
  return n;
}

/** Whether a container inside the body is a link list, gallery or widget rather than text. */
function isNoisyContainer(el: Element, s: Stats | undefined): boolean {
  if (!s || s.len === 0) return false;
  const ld = linkDensity(s);
  // A list of linked headlines is navigation; a list whose items go on after the link is prose.
  if (el.name === 'ul' || el.name === 'ol' || el.name === 'dl') return ld > K.listMaxLinkDensity && (s.len - s.linkLen) / Math.max(1, countItems(el)) < K.listItemMaxChars;
  if (el.name === 'table') return ld > K.tableMaxLinkDensity;
  if (el.name === 'div' || el.name === 'section' || el.name === 'article') return ld > K.widgetMaxLinkDensity && s.len < K.widgetMaxChars;
  return false;
}

export function serialize(nodes: Element[], stats: Map<Element, Stats>, removed: Set<AnyNode>, wholePage = false): { text: string; el: Element }[] {
  const blocks: { text: string; el: Element }[] = [];
  let buffer = '';
  let bufferOwner: Element | null = null;
  const flush = (): void => {
    const t = buffer.replace(/\s+/g, ' ').trim();
    if (t && bufferOwner) blocks.push({ text: t, el: bufferOwner });
    buffer = '';
  };
  const walk = (n: AnyNode, owner: Element): void => {
    if (removed.has(n)) return;
    if (n.type === 'text') {
      buffer += n.data;
      bufferOwner ??= owner;
      return;
    }
    if (n.type !== 'tag') return;
    const el = n as Element;
    if (SKIP_TAGS.has(el.name) && !GUARDED_TAGS.has(el.name)) return;
    if (el.name === 'br') {
      buffer += BREAK;
      return;
    }
    const block = BLOCK_TAGS.has(el.name);
    if (block) {
      // On a listing or thread the link lists are the cards themselves.
      if (!wholePage && isNoisyContainer(el, stats.get(el))) return;
      flush();
      bufferOwner = el;
    }
    for (const c of el.children) walk(c, block ? el : owner);
    if (block) {
      flush();
      bufferOwner = owner;
    }
  };
  for (const node of nodes) {
    bufferOwner = node;
    walk(node, node);
    flush();
  }
  // <br><br>-separated text inside one block becomes separate paragraphs.
  return blocks.flatMap((b) => (b.text.includes(BREAK) ? splitOnBreaks(b) : [b]));
}

/** Marks a <br> in the text buffer (white space collapsing would eat a newline). */
const BREAK = '\u0001';

function splitOnBreaks(b: { text: string; el: Element }): { text: string; el: Element }[] {
  return b.text.split(BREAK).map((t) => t.trim()).filter(Boolean).map((t) => ({ text: t, el: b.el }));
}

const HAS_WORD = /[\p{L}\p{N}]/u;

/** Comparison key for dedupe and headline matching: case and punctuation do not count. (ASCII-range
 * class on purpose: the Unicode property version cost ~3% of the whole stage.) */
const KEY_NOISE = /[\s!-/:-@[-`{-~\u00a0-\u00bf\u2010-\u206f\u3000-\u303f]+/g;

function normalizeKey(s: string): string {
  return s.toLowerCase().replace(KEY_NOISE, ' ').trim();
}

/**
 * Whether el is a teaser card or inside one: a card (rules/card-parts.ts) whose links hold a fair
 * share of its text (a linked title, a linked image) and that holds a title and a line or two, not
 * paragraphs. A chunk of a story cut into same-class boxes
 * is a run of cards too, but of prose, and its "see more" link lines are still navigation.
 */
function insideTeaserCard(el: Element, cards: ReadonlySet<Element>, stats: Map<Element, Stats>): boolean {
  if (cards.size === 0) return false;
  for (let n: Element | null = el; n && n.type === 'tag'; n = n.parent as Element | null) {
    if (cards.has(n)) {
      const s = stats.get(n);
      return !!s && linkDensity(s) >= TEASER_CARD_MIN_LINK_DENSITY && s.paragraphs <= TEASER_CARD_MAX_PARAGRAPHS;
    }
  }
  return false;
}

function filterBlocks(blocks: { text: string; el: Element }[], stats: Map<Element, Stats>, title: string | null | undefined, wholePage = false, cards: ReadonlySet<Element> = new Set()): { text: string; el: Element }[] {
  const out: { text: string; el: Element }[] = [];
  const seen = new Set<string>();
  const titleKey = title ? normalizeKey(title) : null;
  let afterTagLabel = false;
  for (const { text, el } of blocks) {
    if (!HAS_WORD.test(text)) continue;
    const tagList = afterTagLabel && KEYWORD_LIST.test(text);
    afterTagLabel = TAG_LABEL.test(text);
    if (tagList) continue;
    const s = stats.get(el);
    const ld = linkDensity(s);
    // A block that is mostly link text is navigation ("Read more: <a>...</a>"), unless it is long prose.
    // A syndication credit ("Originally published at <a>SITE</a> by <a>NAME</a>") is mostly links too,
    // but the trailer stage reads it for the source URL and the author.
    // A card's title is its link (rules/card-parts.ts): the card's text, not navigation.
    if (!wholePage && ld > K.navBlockLinkDensity && text.length < K.navBlockMaxChars && s && s.len - s.linkLen < K.navTailChars && !isSyndicationCredit(text) && !insideTeaserCard(el, cards, stats)) continue;
    if (text.length < K.boilerplateMaxChars && isBoilerplateText(text)) continue;
    const key = normalizeKey(text);
    if (titleKey && key === titleKey && out.length < 3) continue;
    if (el.name === 'h1' && out.length === 0) continue;
    if (seen.has(key) && key.length > 0) continue;
    seen.add(key);
    out.push({ text, el });
  }
  // Sections after the story under their own headings (rules/end-matter.ts).
  if (!wholePage) out.length = endMatterStart(out);
  return trimEdges(out);
}

/** Drops trailing heading-like stubs ("Related", a lone short heading) left at the end of the body. */
function trimEdges<T extends { text: string }>(paragraphs: T[]): T[] {
  let end = paragraphs.length;
  // "Label : value" lines and credits stay: the trailer stage reads them as metadata.
  const stub = (p: string): boolean => p.length < K.trailingStubMaxChars && !/[.!?"”。！？」』]$/.test(p) && !/^\p{L}[\p{L} ]{0,30}:\s*\S/u.test(p) && !isSyndicationCredit(p);
  while (end > 0 && stub(paragraphs[end - 1]!.text)) end--;
  // A text that is short lines most of the way up (a grid of product names and prices, a list of
  // links read whole) has no heading left over at its end: its last lines are its last card.
  if (paragraphs.length - end > paragraphs.length * STUB_RUN_MAX_SHARE) return paragraphs;
  return paragraphs.slice(0, end);
}

/** Trailing stubs are trimmed only while they are at most this share of the blocks. */
const STUB_RUN_MAX_SHARE = 0.5;

export interface ExtractedContent {
  paragraphs: string[];
  /** The hrefs of the links inside a paragraph (a credit's source URL is often only in its link). */
  linksOf: (paragraph: string) => string[];
  /** The best block was a list of cards (rules/main-region.ts isCardList): the page is a listing. */
  cardList: boolean;
}

const NO_LINKS = (): string[] => [];

/** hrefs of the <a> elements under el, in document order. */
function hrefsUnder(el: Element): string[] {
  const out: string[] = [];
  const walk = (n: AnyNode): void => {
    if (n.type !== 'tag') return;
    const e = n as Element;
    if (e.name === 'a' && e.attribs.href) out.push(e.attribs.href);
    for (const c of e.children) walk(c);
  };
  walk(el);
  return out;
}

export function extractContent(body: Element, options: ContentOptions = {}): ExtractedContent {
  const stats = measure(body);
  const cards = new Set<Element>();
  const removed = prune(body, stats, cards, options.pageKind);
  remeasure(body, stats, removed);
  const scores = scoreCandidates(body, stats, removed);
  let selected = selectContent(body, stats, scores, removed);
  let len = 0;
  let linkLen = 0;
  let bodyLikeLen = 0;
  for (const el of selected) {
    len += stats.get(el)?.len ?? 0;
    linkLen += stats.get(el)?.linkLen ?? 0;
    bodyLikeLen += stats.get(el)?.bodyLikeLen ?? 0;
  }
  let wholePage = options.wholePage ?? false;
  // Cards, posts and feature boxes: the page's text is its main region, not its largest block.
  const landmark = mainLandmarkOf(body, (el) => stats.get(el), removed);
  const region = landmark ?? body;
  const regionStats = stats.get(region);
  const cardList = isCardList({ len, linkLen });
  if (regionStats && regionIsContent({ len, linkLen, bodyLikeLen }, regionStats, options.pageKind ?? 'article', landmark !== null, options.undeclared ?? false)) {
    selected = [region];
    ({ len, linkLen } = regionStats);
    wholePage = true;
  }
  // A "body" that is mostly link text is a front page, section index or search result list.
  if (len === 0 || (!wholePage && linkLen / len > K.selectionMaxLinkDensity)) return { paragraphs: [], linksOf: NO_LINKS, cardList };
  const kept = filterBlocks(serialize(selected, stats, removed, wholePage), stats, options.title, wholePage, cards);
  // Looked up lazily: only the trailer's credit lines ever ask.
  const linksOf = (paragraph: string): string[] => {
    const block = kept.find((b) => b.text === paragraph);
    return block ? hrefsUnder(block.el) : [];
  };
  return { paragraphs: kept.map((b) => b.text), linksOf, cardList };
}
