/**
 * The article stage: raw bytes (HTML or plain text) to an Article.
 *   decodeBytes (BOM > Content-Type > <meta charset> > guess) -> looksLikeHtml (by content)
 *   -> htmlArticle (metadata + main content) | plainTextArticle (headline, trailer lines).
 * Never throws on odd input: empty, binary-looking or non-article pages come back with
 * little or no text and a warning.
 */
import type { Article } from '../schema.js';
import { decodeBytes } from './decode.js';
import { looksLikeHtml } from './detect.js';
import { htmlArticle, type HtmlParser } from './html.js';
import { plainTextArticle } from './plaintext.js';

export interface RawDocument {
  bytes: Uint8Array;
  /** HTTP Content-Type header, when the bytes came from a server. */
  contentType?: string | null;
  /** The URL the page came from (resolves relative links, site name). */
  url?: string | null;
}

export interface ParseOptions {
  parser?: HtmlParser;
}

export function parseArticle(raw: RawDocument, options: ParseOptions = {}): Article {
  const { text, warning } = decodeBytes(raw.bytes, raw.contentType);
  const article = looksLikeHtml(text)
    ? htmlArticle(text, { url: raw.url, parser: options.parser })
    : plainTextArticle(stripControlCharacters(text));
  article.url ??= raw.url ?? null;
  if (warning) article.warnings.push(warning);
  if (/[\u0000-\u0008\u000e-\u001f\ufffd]{8,}/.test(article.text) || controlRatio(text) > 0.1) article.warnings.push('binary-content');
  return article;
}

function controlRatio(text: string): number {
  const sample = text.slice(0, 4096);
  if (!sample) return 0;
  const bad = sample.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
  return bad / sample.length;
}

function stripControlCharacters(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
}

export type { HtmlParser } from './html.js';
export { decodeBytes } from './decode.js';
export { looksLikeHtml } from './detect.js';
