/**
 * The article stage: raw bytes (HTML or plain text) to an Article.
 *   decodeBytes (BOM > Content-Type > <meta charset> > guess) -> looksLikeHtml (by content)
 *   -> htmlArticle (metadata + main content) | plainTextArticle (headline, trailer lines).
 * Valid UTF-8 (most pages) is first looked at as bytes: when its markup says HTML (looksLikeHtml's
 * patterns are ASCII syntax, so a yes on the bytes is a yes on the text; only its tag-density test
 * counts bytes, not characters), the inert markup is cut from the bytes (inert-bytes.ts) and the
 * rest is decoded once; anything else takes the path above.
 * Never throws on odd input: empty, binary-looking or non-article pages come back with
 * little or no text and a warning.
 */
import type { Article, WarningCode } from '../schema.js';
import { asciiView, decodeBytes, readsAsValidUtf8, validUtf8Text } from './decode.js';
import { looksLikeHtml } from './detect.js';
import { htmlArticle, leanMarkupFromUtf8Bytes, type HtmlParser } from './html.js';
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
  // Most pages are valid UTF-8 HTML: their inert markup is cut from the bytes before decoding.
  if (readsAsValidUtf8(raw.bytes, raw.contentType) && looksLikeHtml(asciiView(raw.bytes, HTML_SAMPLE))) {
    const article = htmlArticle(leanMarkupFromUtf8Bytes(raw.bytes), { url: raw.url, parser: options.parser, lean: true });
    return finish(article, raw, null, validUtf8Text(raw.bytes.subarray(0, characterBoundary(raw.bytes, CONTROL_SAMPLE))));
  }
  const { text, warning } = decodeBytes(raw.bytes, raw.contentType);
  const article = looksLikeHtml(text)
    ? htmlArticle(text, { url: raw.url, parser: options.parser })
    : plainTextArticle(stripControlCharacters(text));
  return finish(article, raw, warning ?? null, text.slice(0, CONTROL_SAMPLE));
}

/** `sample` is the page's opening text, where control characters give binary input away. */
function finish(article: Article, raw: RawDocument, warning: WarningCode | null, sample: string): Article {
  article.url ??= raw.url ?? null;
  if (warning) article.warnings.push(warning);
  if (/[\u0000-\u0008\u000e-\u001f\ufffd]{8,}/.test(article.text) || controlRatio(sample) > 0.1) article.warnings.push('binary-content');
  return article;
}

const CONTROL_SAMPLE = 4096;

/** looksLikeHtml reads at most this many characters; on the bytes of UTF-8 its patterns (ASCII syntax) give the same answer. */
const HTML_SAMPLE = 65536;

/** The largest cut at most `at` in UTF-8 bytes that does not split a character (continuation bytes are 0x80-0xbf). */
function characterBoundary(bytes: Uint8Array, at: number): number {
  let cut = Math.min(at, bytes.length);
  while (cut > 0 && cut < bytes.length && (bytes[cut]! & 0xc0) === 0x80) cut--;
  return cut;
}

function controlRatio(sample: string): number {
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
