/**
 * Bylines that no class names. Many templates print the author as a bare "By Jane Doe" line or as
 * a link to the author's page (/author/jane-doe) with no byline class or rel=author, so the hint
 * search misses them. Two signals still mark the story's author:
 *   - a link to an author page whose text is the name in its address ("/author/jane-doe" reading
 *     "Jane Doe"), or that follows a "By" (teaser cards link their authors too, but the slug test
 *     and the first-in-document order favour the story's own byline, which sits above the body);
 *   - a short line that starts with "By " and goes on with a capitalized name.
 */
import type { Element } from 'domhandler';
import { textOf } from '../dom-text.js';

const AUTHOR_PATH = /\/(?:author|authors|writer|writers|contributor|contributors|people|staff|profile|profiles|team|by|byline|expert|experts|editor|editors|reporter|reporters|columnist|columnists)\/([^/?#]+)\/?(?:[?#]|$)/i;
const BY_ALONE = /(?:^|[\s(|·•-])(?:by|written by|posted by|reviewed by|words by|author)\s*:?\s*$/i;
// Case-sensitive on the name: under the i flag \p{Lu} also matches lower case, and "By batching
// requests, ..." opens a sentence, not a byline.
const BY_LINE = /^\s*(?:(?:[Ww]ritten|[Pp]osted|[Rr]eported|[Aa]rticle|[Ss]tory|[Ww]ords|WRITTEN|POSTED|REPORTED|ARTICLE|STORY|WORDS) )?(?:[Bb]y|BY)\s*:?\s+\p{Lu}/u;
const MAX_LINE = 100;
const MAX_BEFORE = 40;
const CREDIT_BY = /\b(?:photos?|photographs?|images?|pictures?|illustrations?|illustrated|video|graphics?|maps?|charts?|design(?:ed)?|theme|powered|made|developed|built|hosted|created|produced|edited|translated|shared|submitted|sponsored|presented|brought to you|courtesy)\s+by\s*:?\s*$/i;


const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

function slugWords(slug: string): string {
  return decodeURIComponent(slug).toLowerCase().replace(/[-_+.]+/g, ' ').replace(/\d+/g, '').trim();
}

/** The text just before an element inside its parent (the "By " of "By <a>Jane</a>"). */
function textBefore(el: Element): string {
  const parent = el.parent as Element | null;
  if (!parent?.children) return '';
  let out = '';
  for (const c of parent.children) {
    if (c === el) break;
    out += textOf(c);
  }
  return out.slice(-30);
}

/** Whether a link points at an author's page (/author/jane-doe, /people/acme-team). */
export function isAuthorPageLink(a: Element): boolean {
  return a.name === 'a' && AUTHOR_PATH.test(a.attribs.href ?? '');
}

/** Whether an author-page link names the story's author (slug agrees, or a "By" stands before it). */
export function isAuthorLink(a: Element): boolean {
  const m = AUTHOR_PATH.exec(a.attribs.href ?? '');
  if (!m) return followsBareBy(a);
  const text = squash(textOf(a));
  if (text.length < 3 || text.length > 60) return false;
  const name = text.toLowerCase().replace(/[.'’]/g, '').replace(/[^\p{L}\s-]/gu, ' ').replace(/[\s-]+/g, ' ').trim();
  const slug = slugWords(m[1]!).replace(/\s+/g, ' ');
  return (slug.length > 0 && name === slug) || BY_ALONE.test(textBefore(a));
}

/**
 * "by <a href=...>Jane Doe</a>" whatever the address (a home page, a social profile): only the
 * text node right before the link is read, so the test stays cheap on link-heavy pages. Credits
 * ("Photo by", "Theme by", "Powered by") are someone else's work, not the story's.
 */
function followsBareBy(a: Element): boolean {
  const before = a.prev;
  if (!before || before.type !== 'text') return false;
  // Most links follow running text: its length settles the case before any pattern runs.
  const lead = before.data.trim();
  if (lead.length > MAX_BEFORE || !BY_ALONE.test(lead) || CREDIT_BY.test(lead)) return false;
  const text = squash(textOf(a));
  if (text.length < 3 || text.length > 60) return false;
  // A byline is a short line of its own; "…preceded by <a>a book</a>" runs on inside a paragraph.
  const line = a.parent ? squash(textOf(a.parent)) : text;
  return line.length <= MAX_LINE;
}

/** "By Jane Doe" as the whole of a short element's text. */
export function bylineLineText(el: Element): string | null {
  const first = el.children.find((c) => c.type !== 'text' || c.data.trim().length > 0);
  if (!first || first.type !== 'text' || !/^\s*(?:(?:written|posted|reported|article|story|words) )?by\b/i.test(first.data)) return null;
  const text = squash(textOf(el));
  return text.length <= MAX_LINE && BY_LINE.test(text) ? text : null;
}
