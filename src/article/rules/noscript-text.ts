/**
 * Text kept for readers without JavaScript. Script-rendered pages (forum software, some blogs)
 * put the whole server-rendered thread or story in a `<noscript>` block, and lazy-loading
 * templates put paragraphs there too. A `<noscript>` usually holds a tracking pixel or an
 * "enable JavaScript" line, so its markup is kept only when it carries a real amount of text;
 * the rest of the page's inert markup is still cut before parsing.
 */
const NOSCRIPT = /<noscript\b[^>]*>([\s\S]*?)<\/noscript\s*>/gi;
/** Characters of text (tags removed) a <noscript> needs before its markup is worth keeping. */
const MIN_TEXT_CHARS = 200;

function textLength(markup: string): number {
  return markup.replace(/<[^>]*>/g, ' ').replace(/&[#\w]+;/g, ' ').replace(/\s+/g, ' ').trim().length;
}

/** Unwraps text-bearing <noscript> blocks (their content joins the page) and drops the rest. */
export function unwrapNoscriptText(html: string): string {
  if (!/<noscript\b/i.test(html)) return html;
  return html.replace(NOSCRIPT, (_, inner: string) => (textLength(inner) >= MIN_TEXT_CHARS ? `<div>${inner}</div>` : ''));
}
