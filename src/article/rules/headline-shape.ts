/**
 * Headline shapes: small tests on the visible <h1> against the page's meta titles.
 * Pure string functions; pickTitle (metadata.ts) composes them.
 */
import { normalizeLoose } from '../normalize.js';

const words = (s: string): number => s.split(/\s+/).filter(Boolean).length;

/**
 * A lone <h1> of at most three words, when the meta title says more, is a section or site label
 * ("Our blog", "Index funds") set above the story, not its headline.
 */
export function isShortLabel(h1: string, metaTitle: string | null): boolean {
  return !!metaTitle && words(h1) <= 3 && words(metaTitle) > words(h1);
}

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*';
const DATE_WORDS = new RegExp(`\\b${MONTH}\\s+\\d{1,2}\\b|\\b\\d{1,2}\\s+${MONTH}\\b|\\b(?:19|20)\\d\\d\\b`, 'i');

/**
 * The <h1> holds the meta title plus decoration the CMS put in the same element: a leading label
 * of one or two words and a colon ("Blog: ..."), or a date or "posted on ... by ..." line before or
 * after it. The meta title is then the headline. A longer h1 that merely continues the meta
 * title ("X: the full guide") is not decoration and keeps the h1.
 */
export function decoratedHeadline(h1: string, metaTitle: string): boolean {
  const h = normalizeLoose(h1), m = normalizeLoose(metaTitle);
  if (!m || h === m || words(m) < 3) return false;
  const at = h.indexOf(m);
  if (at < 0) return false;
  const before = h.slice(0, at).trim(), after = h.slice(at + m.length).trim();
  if (before && after) return false;
  if (before) {
    const label = /^\s*([\p{L}\p{N}&' ]{1,30}):/u.exec(h1);
    if (label && words(label[1]!) <= 2 && normalizeLoose(label[1]!) === before) return true;
    return DATE_WORDS.test(before) && words(before) <= 5;
  }
  if (/\(\w[\w.-]*\.[a-z]{2,}\)\s*\d*\s*$/i.test(h1)) return true; // "(example.com) 87": a link aggregator's source and count
  return DATE_WORDS.test(after) && /\b(?:posted|published|updated|on|by)\b/.test(after);
}

/**
 * "Headline | Section" or "Headline | Top 5 picks | Site": the parts after a pipe of at most four
 * words are labels; a pipe is seldom part of the headline itself.
 */
export function dropPipeTail(title: string): string {
  let t = title;
  for (;;) {
    const i = t.lastIndexOf(' | ');
    if (i < 0) return t;
    const head = t.slice(0, i).trim();
    if (words(t.slice(i + 3)) > 4 || words(head) < 3) return t;
    t = head;
  }
}

/** What sets the parts of a title apart: a pipe or a dash between spaces ("Story | Site", "Site - Story"). */
export const TITLE_PART_SEPARATOR = /\s+[|–—-]\s+/;

/**
 * "Story – Site" or "Site - Story" in the visible headline itself: a first or last part, set off by
 * a dash or a pipe, that is the site's name (or its domain, "site.com") is the brand, not the story.
 */
export function dropSitePart(title: string, siteName: string | null): string {
  if (!siteName) return title;
  const site = normalizeLoose(siteName);
  if (!site) return title;
  const isSite = (part: string): boolean => {
    const n = normalizeLoose(part);
    return n === site || n.replace(/ (?:com|org|net|co|io)$/, '') === site;
  };
  const parts = title.split(TITLE_PART_SEPARATOR);
  if (parts.length < 2) return title;
  if (isSite(parts[parts.length - 1]!)) return title.slice(0, title.lastIndexOf(parts[parts.length - 1]!)).replace(/\s+[|–—-]\s*$/, '').trim();
  if (isSite(parts[0]!)) return title.slice(parts[0]!.length).replace(/^\s*[|–—-]\s+/, '').trim();
  return title;
}

