/**
 * Text kept for readers without JavaScript. Script-rendered pages (forum software, some blogs)
 * put the whole server-rendered thread or story in a `<noscript>` block, and lazy-loading
 * templates put paragraphs there too. A `<noscript>` usually holds a tracking pixel or an
 * "enable JavaScript" line, so its markup is kept only when it carries a real amount of text;
 * the rest of the page's inert markup is still cut before parsing.
 */
/** Characters of text (tags removed) a <noscript> needs before its markup is worth keeping. */
const MIN_TEXT_CHARS = 200;

function textLength(markup: string): number {
  return markup.replace(/<[^>]*>/g, ' ').replace(/&[#\w]+;/g, ' ').replace(/\s+/g, ' ').trim().length;
}

/**
 * What a <noscript> block becomes: its content in a plain <div> when it carries text, else
 * nothing. Called by the inert-markup pass for each block it meets, so a <noscript> written
 * inside a script or a comment is never mistaken for one.
 */
export function noscriptReplacement(inner: string): string {
  const markup = unescapedMarkup(inner);
  return textLength(markup) >= MIN_TEXT_CHARS ? `<div>${markup}</div>` : '';
}

/** Content that opens with an escaped tag ("&lt;div …&gt;", "&lt;img …"): markup written as text. */
const ESCAPED_TAG = /^\s*&lt;[a-zA-Z!/]/;

/**
 * A page saved from a browser with scripts on serializes each <noscript> as text, so its markup
 * arrives escaped ("&lt;img src=…&gt;"): read as text, a tracking pixel would pass for 200
 * characters of prose and end up in the article as raw HTML. Such content is unescaped once and
 * judged, and kept, as the markup it is.
 */
function unescapedMarkup(inner: string): string {
  if (!ESCAPED_TAG.test(inner)) return inner;
  return inner.replace(/&(lt|gt|quot|#39|apos|amp);/g, (_, name: string) => ESCAPES[name]!);
}

const ESCAPES: Record<string, string> = { lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'", amp: '&' };
