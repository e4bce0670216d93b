/**
 * HTML pages: parse once, read metadata, then extract the body.
 */
import { createRequire } from 'node:module';
import type { CheerioAPI } from 'cheerio';
import { DomHandler, hasChildren, type AnyNode, type ChildNode, type Document, type Element } from 'domhandler';
import { Parser, parseDocument } from 'htmlparser2';
import type { Article, PageKind, WarningCode } from '../schema.js';
import { refineWithArticleBody } from './articlebody.js';
import { extractContent } from './content.js';
import { extractMetadata } from './metadata.js';
import { isUndeclaredPage } from './rules/main-region.js';
import { isSiteRoot, takeTrailer } from './trailer.js';
import { moveStrayContentIntoBody } from './rules/stray-content.js';
import { unwrapSwallowedStory } from './rules/swallowed-story.js';
import { noscriptReplacement } from './rules/noscript-text.js';
import { stripInertBytes } from './inert-bytes.js';

/**
 * "htmlparser2" (cheerio/slim) is several times faster than the spec-compliant "parse5" and gives
 * the same extraction on real pages (see scripts/bench-article.ts), so it is the default.
 */
export type HtmlParser = 'htmlparser2' | 'parse5';

export interface HtmlOptions {
  url?: string | null;
  parser?: HtmlParser;
  /** The markup has been through stripInertMarkup already (leanMarkupFromUtf8Bytes). */
  lean?: boolean;
}

/**
 * The DOM of a page. htmlparser2 directly rather than through cheerio's load(), which builds a
 * wrapper class per call that cost ~0.7 ms per news page, more than half the parse itself; only
 * the DOM is used here. (parse5 mode goes through cheerio, which adapts parse5 to domhandler.)
 */
export function parseHtml(html: string | readonly string[], parser: HtmlParser = 'htmlparser2', alreadyLean = false): Document {
  // Pieces are parsed as they are only when already lean: a block may span two of them.
  if (typeof html !== 'string') return parser === 'parse5' || !alreadyLean ? parseHtml(html.join(''), parser, alreadyLean) : parseLeanPieces(html);
  const lean = alreadyLean ? html : stripInertMarkup(html);
  return parser === 'parse5' ? (loadParse5(lean).root().get(0) as Document) : parseDocument(lean);
}

/** htmlparser2 is a streaming parser: markup written in pieces gives the DOM the whole string gives. */
function parseLeanPieces(pieces: readonly string[]): Document {
  const handler = new DomHandler();
  const parser = new Parser(handler);
  for (const piece of pieces) parser.write(piece);
  parser.end();
  return handler.root;
}

/** cheerio (with parse5 and undici) takes ~0.3 s to import: loaded only when parse5 mode is asked for. */
function loadParse5(html: string): CheerioAPI {
  const { load } = createRequire(import.meta.url)('cheerio') as typeof import('cheerio');
  return load(html);
}

/**
 * Scripts (except JSON-LD), styles, comments, inline SVG, noscript/template/iframe/select and media
 * blocks, and the void tags no rule reads (img, source, input, non-canonical link) never carry
 * article text or metadata; cutting them before parsing removes ~65% of a typical news page's
 * bytes, and the parser (the stage's largest cost) runs on the rest.
 */
const INERT_MARKUP =
  /<script\b(?![^>]*ld\+json)[^>]*>[\s\S]*?<\/script\s*>|<style\b[^>]*>[\s\S]*?<\/style\s*>|<!--[\s\S]*?-->|<(svg|noscript|template|iframe|select|picture|video|audio|canvas|textarea)\b[^>]*>([\s\S]*?)<\/\1\s*>|<(?:img|source|input|link(?![^>]*canonical))\b[^>]*>/gi;

/**
 * One pass over the page: the leftmost inert block wins, so markup quoted inside a script or a
 * comment stays inside it. A text-bearing <noscript> (rules/noscript-text.ts) is kept, with its
 * own inert markup cut the same way. (Valid UTF-8 pages take leanMarkupFromUtf8Bytes instead,
 * which makes the same cut on the bytes.)
 */
export function stripInertMarkup(html: string): string {
  return html.replace(INERT_MARKUP, (_block: string, tag: string | undefined, inner: string | undefined) =>
    tag !== undefined && inner !== undefined && tag.toLowerCase() === 'noscript' ? stripInertMarkup(noscriptReplacement(inner)) : '',
  );
}

/**
 * A valid UTF-8 page's bytes to its lean markup, in pieces: the same text as stripInertMarkup(decoded
 * page), with the inert blocks cut from the bytes (inert-bytes.ts) so that the cut two thirds are
 * never decoded. The rest is decoded in pieces of at most LEAN_PIECE_BYTES, cut between
 * characters, which the parser reads one after another (parseHtml): a string of more than 128 KB
 * is a large V8 object whose allocation (fresh memory pages) cost more than its decoding, and many
 * pages keep more than that.
 */
export function leanMarkupFromUtf8Bytes(bytes: Uint8Array): string[] {
  const lean = stripInertBytes(bytes, noscriptReplacement);
  const pieces: string[] = [];
  for (let from = 0; from < lean.length; ) {
    let to = Math.min(lean.length, from + LEAN_PIECE_BYTES);
    while (to < lean.length && (lean[to]! & 0xc0) === 0x80) to--; // a UTF-8 continuation byte: still inside a character
    pieces.push(lean.toString('utf8', from, to));
    from = to;
  }
  return pieces;
}

/** Small enough to be an ordinary young object, large enough that the pieces stay few (measured: 16 KB beat 8, 32 and 64). */
const LEAN_PIECE_BYTES = 16384;

/** <body> is a child of <html> (or of the root for fragments): no need for a selector query. */
function findBody(root: Document): Element {
  for (const top of root.children) {
    if (top.type !== 'tag') continue;
    const el = top as Element;
    if (el.name === 'body') return el;
    if (el.name === 'html') for (const c of el.children) if (c.type === 'tag' && (c as Element).name === 'body') return c as Element;
  }
  return root as unknown as Element; // a fragment: the root stands in for <body>
}

/**
 * The walkers below recurse; real pages nest ~30-80 levels, hostile ones thousands. Subtrees below
 * MAX_DEPTH are flattened to their text nodes (iteratively), which keeps every walk's stack bounded.
 */
const MAX_DEPTH = 400;

export function flattenDeepNesting(root: AnyNode): boolean {
  let flattened = false;
  // Two parallel stacks rather than [node, depth] pairs: no allocation per node.
  const stack: AnyNode[] = [root];
  const depths: number[] = [0];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const depth = depths.pop()!;
    if (!hasChildren(node)) continue;
    if (depth >= MAX_DEPTH) {
      const texts: AnyNode[] = [];
      const pending: AnyNode[] = [...node.children].reverse();
      while (pending.length > 0) {
        const n = pending.pop()!;
        if (n.type === 'text') texts.push(n);
        else if (hasChildren(n) && n.type === 'tag') for (let i = n.children.length - 1; i >= 0; i--) pending.push(n.children[i]!);
      }
      for (const t of texts) t.parent = node;
      node.children = texts as ChildNode[];
      flattened = true;
      continue;
    }
    for (const c of node.children) {
      if (c.type !== 'tag' && c.type !== 'root') continue; // text, comments: nothing below them
      stack.push(c);
      depths.push(depth + 1);
    }
  }
  return flattened;
}

/** Pages whose text is many small blocks (cards, posts), not one body: kept even when link-dense. */
const WHOLE_PAGE_KINDS: ReadonlySet<PageKind> = new Set(['listing', 'forum', 'liveblog']);

export function htmlArticle(html: string | readonly string[], options: HtmlOptions = {}): Article {
  const doc = parseHtml(html, options.parser, options.lean);
  const deep = flattenDeepNesting(doc);
  const meta = extractMetadata(doc, options.url);
  const root = findBody(doc);
  moveStrayContentIntoBody(doc, root);
  const contentOptions = { title: meta.title, wholePage: WHOLE_PAGE_KINDS.has(meta.pageKind), pageKind: meta.pageKind, undeclared: isUndeclaredPage(meta) };
  let content = extractContent(root, contentOptions);
  // Nothing found: a mis-nested banner or menu may hold the whole story (rules/swallowed-story.ts).
  if (content.paragraphs.length === 0 && unwrapSwallowedStory(root)) content = extractContent(root, contentOptions);
  // The trailer is read before the JSON-LD articleBody check (which would drop a credit line the
  // publisher's own copy lacks), and again after it (an articleBody that replaced the extraction
  // carries its own trailer).
  const first = takeTrailer(content.paragraphs, content.linksOf);
  const second = takeTrailer(refineWithArticleBody(first.paragraphs, meta.articleBody));
  const trailer = {
    authors: first.authors.length > 0 ? first.authors : second.authors,
    publishedAt: first.publishedAt ?? second.publishedAt,
    sourceUrl: first.sourceUrl ?? second.sourceUrl,
  };
  const paragraphs = second.paragraphs;
  // A page whose best block is a list of cards is a listing, whatever its metadata (or the default) says.
  const pageKind: PageKind = meta.pageKind === 'article' && content.cardList ? 'listing' : meta.pageKind;
  const text = paragraphs.join('\n\n');
  const warnings: WarningCode[] = [];
  if (deep) warnings.push('deeply-nested-markup');
  if (pageKind !== 'article') warnings.push('not-an-article');
  if (text.length === 0) warnings.push('no-article-body');
  else if (text.length < 300) warnings.push('short-text');
  return {
    title: meta.title,
    // An aggregator's trailer lines ("Author :", "Publish date :") describe the original story,
    // so they beat the aggregator page's own metadata (its posting time, its account name).
    authors: trailer.authors.length > 0 ? trailer.authors : meta.authors,
    publishedAt: trailer.publishedAt ?? meta.publishedAt,
    modifiedAt: meta.modifiedAt,
    siteName: meta.siteName,
    url: meta.url,
    // A credit that links only the outlet's front page says less than an article address found elsewhere.
    sourceUrl: trailer.sourceUrl && !(isSiteRoot(trailer.sourceUrl) && meta.sourceUrl) ? trailer.sourceUrl : meta.sourceUrl,
    language: meta.language,
    pageKind,
    text,
    warnings,
  };
}
