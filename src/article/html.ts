/**
 * HTML pages: parse once, read metadata, then extract the body.
 */
import { load as loadParse5 } from 'cheerio';
import { load as loadHtmlparser2 } from 'cheerio/slim';
import type { CheerioAPI } from 'cheerio';
import { hasChildren, type AnyNode, type ChildNode, type Element } from 'domhandler';
import type { Article } from '../schema.js';
import { refineWithArticleBody } from './articlebody.js';
import { extractContent } from './content.js';
import { extractMetadata } from './metadata.js';
import { takeTrailer } from './plaintext.js';

/**
 * "htmlparser2" (cheerio/slim) is several times faster than the spec-compliant "parse5" and gives
 * the same extraction on real pages (see scripts/bench-article.ts), so it is the default.
 */
export type HtmlParser = 'htmlparser2' | 'parse5';

export interface HtmlOptions {
  url?: string | null;
  parser?: HtmlParser;
}

export function loadHtml(html: string, parser: HtmlParser = 'htmlparser2'): CheerioAPI {
  const lean = stripInertMarkup(html);
  return parser === 'parse5' ? loadParse5(lean) : loadHtmlparser2(lean);
}

/**
 * Scripts (except JSON-LD), styles, comments, inline SVG, noscript/template/iframe/select blocks never
 * carry article text or metadata
 * we read; cutting them before parsing removes ~60% of a typical news page's bytes (~20% of parse time).
 */
const INERT_MARKUP =
  /<script\b(?![^>]*ld\+json)[^>]*>[\s\S]*?<\/script\s*>|<style\b[^>]*>[\s\S]*?<\/style\s*>|<!--[\s\S]*?-->|<(svg|noscript|template|iframe|select)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;

export function stripInertMarkup(html: string): string {
  return html.replace(INERT_MARKUP, '');
}

/** <body> is a child of <html> (or of the root for fragments): no need for a selector query. */
function findBody(root: Element): Element {
  for (const top of root.children) {
    if (top.type !== 'tag') continue;
    const el = top as Element;
    if (el.name === 'body') return el;
    if (el.name === 'html') for (const c of el.children) if (c.type === 'tag' && (c as Element).name === 'body') return c as Element;
  }
  return root;
}

/**
 * The walkers below recurse; real pages nest ~30-80 levels, hostile ones thousands. Subtrees below
 * MAX_DEPTH are flattened to their text nodes (iteratively), which keeps every walk's stack bounded.
 */
const MAX_DEPTH = 400;

export function flattenDeepNesting(root: AnyNode): boolean {
  let flattened = false;
  const stack: [AnyNode, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
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
    for (const c of node.children) stack.push([c, depth + 1]);
  }
  return flattened;
}

export function htmlArticle(html: string, options: HtmlOptions = {}): Article {
  const $ = loadHtml(html, options.parser);
  const deep = flattenDeepNesting($.root().get(0) as unknown as AnyNode);
  const meta = extractMetadata($.root().get(0)!, options.url);
  const root = findBody($.root().get(0) as unknown as Element);
  const extracted = extractContent(root, { title: meta.title }).paragraphs;
  const trailer = takeTrailer(refineWithArticleBody(extracted, meta.articleBody));
  const paragraphs = trailer.paragraphs;
  const text = paragraphs.join('\n\n');
  const warnings: string[] = [];
  if (deep) warnings.push('deeply-nested-markup');
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
    sourceUrl: trailer.sourceUrl ?? meta.sourceUrl,
    language: meta.language,
    text,
    warnings,
  };
}
