/**
 * Plain-text articles (syndicated copies, wire copies, e-mail bodies, pasted text). Pipeline:
 *   splitParagraphs (the text's own convention: blank-line blocks, hard-wrapped or not; header and
 *   trailer lines always stand alone) -> takeHeader (headline, its repetition, bylines, date and
 *   label lines become metadata) -> takeTrailerLines (trailer.ts, shared with HTML: separators, label
 *   lines, syndication credits, disclaimers, copyright become metadata or go) -> drop boilerplate and separator lines -> join with one blank line.
 */
import type { Article, WarningCode } from '../schema.js';
import { cleanAuthors, normalizeDate, normalizeLoose, titleCaseShouted } from './normalize.js';
import { isBoilerplateLine, isLabelLine, SEPARATOR_LINE, takeLabelLine, takeTrailerLines, TRAILER_LINES, type TrailerMeta } from './trailer.js';

export interface PlainTextParts {
  title: string | null;
  authors: string[];
  publishedAt: string | null;
  modifiedAt: string | null;
  sourceUrl: string | null;
  paragraphs: string[];
}

/** "Published 9:45 p.m. EDT Sept. 16, 2025" / "Updated on 2025-09-16": a date line with its label but no colon. */
const DATE_LINE = /^(?:(first\s+)?published|posted|(?:last\s+)?(updated|modified))(?:\s+(?:on|at))?\s*[:\-–—]?\s+(.{4,80})$/i;

/** Words a bare date line may hold besides numbers ("Tuesday, September 16, 2025, 9:45 PM EDT"). */
const DATE_WORDS = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|at|on|[ap]\.?m\.?|utc|gmt|[a-z]{1,2}[sd]t|\d{1,2}(?:st|nd|rd|th)|of)\b/gi;

/** "By NAME", "By NAME | Outlet", "By A and B", "By: A, Staff Writer". */
const BYLINE_LINE = /^by\s*:?\s+(\p{Lu}.{1,150})$/iu;

/**
 * A dateline printed on its own line above the lead ("BRASÍLIA, Brazil (AP) —", wire copy's
 * "HARBOURTON, May 4 (Agency) --", old wire's "HARBOURTON _" with an underscore for the dash):
 * it belongs to the lead, and is never the headline.
 */
const DATELINE_ONLY = /^\p{Lu}[\p{Lu}\p{M} .'’-]+(?:,\s*[\p{L}\d .,]{2,40})?\s*(?:\([\p{L} .]{1,30}\))?\s*(?:[—–-]+|_)$/u;

export function parsePlainText(text: string): PlainTextParts {
  const meta: TrailerMeta = { authors: [], publishedAt: null, modifiedAt: null, sourceUrl: null };
  const header = takeHeader(splitParagraphs(text), meta);
  const paragraphs = takeTrailerLines(header.rest, meta, { plainText: true }).filter((p) => !isBoilerplateLine(p) && !SEPARATOR_LINE.test(p));
  return {
    title: header.title,
    authors: cleanAuthors(meta.authors.map(titleCaseShouted)),
    publishedAt: meta.publishedAt,
    modifiedAt: meta.modifiedAt,
    sourceUrl: meta.sourceUrl,
    paragraphs,
  };
}

export function plainTextArticle(text: string): Article {
  const parts = parsePlainText(text);
  const body = parts.paragraphs.join('\n\n');
  const warnings: WarningCode[] = [];
  if (body.length === 0) warnings.push('no-article-body');
  else if (body.length < 200) warnings.push('short-text');
  return {
    title: parts.title, authors: parts.authors, publishedAt: parts.publishedAt, modifiedAt: parts.modifiedAt,
    siteName: null, url: null, sourceUrl: parts.sourceUrl, language: null, pageKind: 'article', text: body, warnings,
  };
}

// ---------------------------------------------------------------------------
// Paragraphs

/** Longest line a hard-wrapping editor or mailer leaves inside a paragraph. */
const MAX_WRAPPED_LINE = 100;

/**
 * Paragraphs by the text's own convention. Without any blank line, every line is a paragraph.
 * With blank lines, a block's lines are joined when the text is hard-wrapped (no inner line longer
 * than a wrap width), else each line is a paragraph. Header and trailer lines (bylines, date and
 * label lines, separators, credits) always stand alone, so a headline never swallows its byline.
 */
export function splitParagraphs(text: string): string[] {
  const normalized = text.replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' ').replace(/[ \t]+$/gm, '');
  const hasBlankLines = /\n\s*\n/.test(normalized.trim());
  const tidy = (l: string): string => l.replace(/\s+/g, ' ').trim();
  if (!hasBlankLines) return normalized.split('\n').map(tidy).filter(Boolean);
  const blocks = normalized.split(/\n\s*\n/).map((b) => b.split('\n').map(tidy).filter(Boolean));
  const hardWrapped = blocks.every((lines) => lines.every((l, i) => i === lines.length - 1 || l.length <= MAX_WRAPPED_LINE || isStandaloneLine(l)));
  return blocks.flatMap((lines) => (hardWrapped ? joinWrappedLines(lines) : lines));
}

/** Joins the lines of one hard-wrapped block, but header and trailer lines always stand alone. */
function joinWrappedLines(lines: string[]): string[] {
  const out: string[] = [];
  let current = '';
  for (const line of lines) {
    if (isStandaloneLine(line)) {
      if (current) out.push(current);
      out.push(line);
      current = '';
    } else current = current ? `${current} ${line}` : line;
  }
  if (current) out.push(current);
  return out;
}

/** A line that is never part of a wrapped paragraph: label, byline, date line, separator or credit. */
function isStandaloneLine(line: string): boolean {
  return SEPARATOR_LINE.test(line) || isLabelLine(line) || bylineOf(line) !== null
    || dateLineOf(line) !== null || TRAILER_LINES.some((re) => re.test(line));
}

// ---------------------------------------------------------------------------
// Header

/**
 * Leading header lines become metadata: bylines, date lines, "Label: value" lines, separators,
 * and the headline (first paragraph that reads like one) with its immediate repetition
 * (aggregators print the headline twice). A dateline alone on its line joins the lead.
 */
function takeHeader(paragraphs: string[], meta: TrailerMeta): { title: string | null; rest: string[] } {
  let title: string | null = null;
  let i = 0;
  for (; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    if (takeHeaderLine(p, meta)) continue;
    if (DATELINE_ONLY.test(p)) break;
    if (title === null && i + 1 < paragraphs.length && looksLikeHeadline(p)) {
      title = p;
      continue;
    }
    if (title !== null && normalizeLoose(p) === normalizeLoose(title)) continue;
    break;
  }
  const rest = paragraphs.slice(i);
  if (rest.length > 1 && DATELINE_ONLY.test(rest[0]!)) rest.splice(0, 2, `${rest[0]} ${rest[1]}`);
  return { title, rest };
}

/** One header line: records what it says in meta and reports whether it was one. */
function takeHeaderLine(p: string, meta: TrailerMeta): boolean {
  if (SEPARATOR_LINE.test(p)) return true;
  if (isLabelLine(p)) return takeLabelLine(p, meta);
  const byline = bylineOf(p);
  if (byline !== null) {
    meta.authors.push(byline);
    return true;
  }
  const date = dateLineOf(p);
  if (date) {
    if (date.modified) meta.modifiedAt ??= date.value;
    else meta.publishedAt ??= date.value;
    return true;
  }
  return false;
}

/** Words in the longest question still read as a headline ("Will the port reopen before the storm season?"). */
const LONGEST_QUESTION_HEADLINE = 15;

function looksLikeHeadline(p: string): boolean {
  const words = p.split(/\s+/).length;
  if (words > 30 || p.length > 250) return false;
  if (isLabelLine(p)) return false;
  // "The paper said in an editorial on Monday:" introduces the text below it.
  if (/:$/.test(p)) return false;
  // A headline may ask a short question; a long one ending in "?" is the lead's first sentence.
  if (/\?["'”’)]?$/.test(p) && words > LONGEST_QUESTION_HEADLINE) return false;
  // Headlines rarely end in a period; a short one-sentence lead paragraph does.
  return !/[.!]["'”’)]?$/.test(p) || words <= 12;
}

/**
 * The names part of a byline line, or null. Mostly capitalized words (names, outlets, "|" and
 * connectors), no sentence end: "By Tuesday the ministry had agreed." is prose, not a byline.
 */
function bylineOf(line: string): string | null {
  const m = BYLINE_LINE.exec(line);
  if (!m) return null;
  const rest = m[1]!;
  if (/[.!?]["'”’]?$/.test(rest) && !/\b\p{Lu}\.$/u.test(rest)) return null;
  const words = rest.split(/[\s,|&/;]+/).filter((w) => /\p{L}/u.test(w));
  const lower = words.filter((w) => /^\p{Ll}/u.test(w) && !/^(?:and|of|the|de|da|do|dos|van|von|der|den|la|le|di|del|bin|al|el|y|e|for|in|at|with|staff|writer|reporter|correspondent|editor|special)$/.test(w));
  if (words.length === 0 || words.length > 16 || lower.length > 0) return null;
  return line;
}

/** A "Published ..." / "Updated ..." line, or a line that is nothing but a date and time. */
function dateLineOf(line: string): { value: string; modified: boolean } | null {
  if (line.length > 100) return null;
  const labelled = DATE_LINE.exec(line);
  if (labelled) {
    const value = normalizeDate(labelled[3]!);
    return value ? { value, modified: labelled[2] !== undefined } : null;
  }
  const leftover = line.replace(DATE_WORDS, ' ').replace(/[\d\s,.:/|()\-–—+]+/g, '');
  if (leftover.length > 0) return null;
  const value = normalizeDate(line);
  return value ? { value, modified: false } : null;
}
