/**
 * The article stage: raw bytes (HTML or plain text) to an Article.
 * Placeholder: the HTML and plain-text extractors replace this.
 */
import type { Article } from '../schema.js';

export interface RawDocument {
  bytes: Uint8Array;
  /** HTTP Content-Type header, when the bytes came from a server. */
  contentType?: string | null;
  /** The URL the page came from (resolves relative links, site name). */
  url?: string | null;
}

export function parseArticle(raw: RawDocument): Article {
  const text = new TextDecoder('utf-8').decode(raw.bytes);
  return {
    title: null, authors: [], publishedAt: null, modifiedAt: null, siteName: null,
    url: raw.url ?? null, sourceUrl: null, language: null, text, warnings: [],
  };
}
