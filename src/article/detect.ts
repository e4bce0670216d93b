/**
 * HTML or plain text, decided by content (file extensions and headers lie: syndicated
 * copies arrive as .html files holding plain text and vice versa).
 */

const LEADING_MARKUP = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|\?xml[^>]*>\s*<(?:!doctype\s+html|html))/i;
/** Tags that only occur in HTML, so prose with a stray "<" does not count. */
const HTML_TAG = /<\/?(?:p|div|span|a|br|hr|html|head|body|title|meta|link|script|style|ul|ol|li|h[1-6]|table|tr|td|img|em|strong|b|i|article|section|header|footer|nav|main|figure|blockquote)\b[^<>]*>/gi;

/** A document skeleton further in: pages that open with a stray script or style block before <!doctype>. */
const SKELETON = /<(?:!doctype\s+html|html[\s>])[\s\S]*<body[\s>]/i;

export function looksLikeHtml(text: string): boolean {
  if (LEADING_MARKUP.test(text.slice(0, 2048))) return true;
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  if (SKELETON.test(sample)) return true;
  const tags = sample.match(HTML_TAG)?.length ?? 0;
  // A high density of real tags: at least 3, and at least one per 400 characters.
  return tags >= 3 && tags * 400 >= sample.length;
}
