/**
 * Plain-text articles (syndicated copies, e-mail bodies, pasted text). Pipeline:
 *   splitParagraphs -> takeHeadline (+ drop its repetition) -> takeLabelLines (trailer and leading
 *   "Label : value" lines become metadata) -> dropBoilerplateLines -> join with one blank line.
 */
import type { Article } from '../schema.js';
import { cleanAuthors, normalizeDate, normalizeLoose } from './normalize.js';

export interface PlainTextParts {
  title: string | null;
  authors: string[];
  publishedAt: string | null;
  sourceUrl: string | null;
  paragraphs: string[];
}

/** Labels that carry metadata in aggregator trailers and wire headers, by the field they fill. */
const LABELS: { field: 'sourceUrl' | 'author' | 'date'; pattern: RegExp }[] = [
  { field: 'sourceUrl', pattern: /^(?:source\s+link|source\s+url|source|originally\s+published\s+(?:at|on|by)|original\s+(?:article|source|story|link)|read\s+(?:the\s+)?original(?:\s+article)?(?:\s+(?:at|here))?|via)$/i },
  { field: 'author', pattern: /^(?:authors?|by|writer|written\s+by|reporter|byline)$/i },
  { field: 'date', pattern: /^(?:publish(?:ed)?\s+date|published(?:\s+(?:on|at))?|publication\s+date|date(?:\s+published)?|posted(?:\s+on)?|dated?)$/i },
];

const LABEL_LINE = /^\s*([\p{L}][\p{L} ]{0,30}?)\s*:\s*(.*)$/u;

/** Lines aggregators and blog engines append to every copy. Matched against a whole paragraph. */
const BOILERPLATE_LINES: RegExp[] = [
  /^copyright for syndicated content belongs to the linked source\.?$/i,
  /^exit mobile version$/i,
  /^(?:source link|source|original (?:article|source|story)|read (?:the )?original(?: article)?|originally published (?:at|on|by))\s*:?$/i,
  /^(?:share|share this|share this article|share on \w+|like this|related|related posts|related articles|advertisement|sponsored|tags?)\s*:?$/i,
  /^(?:read more|continue reading|click here to read more|read the full (?:article|story)(?: here)?)\W*$/i,
  /^this (?:article|story|post) (?:was |is )?(?:originally |first )?(?:published|appeared) (?:on|at|in)\b.{0,120}$/i,
  /^(?:©|\(c\)|copyright\b).{0,160}$/i,
  /^all rights reserved\.?$/i,
  /^(?:subscribe|sign up) (?:to|for) (?:our|the) newsletter.{0,80}$/i,
  /^(?:skip to (?:main )?content|back to top)$/i,
];

export function parsePlainText(text: string): PlainTextParts {
  let paragraphs = splitParagraphs(text);
  const { title, rest } = takeHeadline(paragraphs);
  paragraphs = rest;
  const meta = { authors: [] as string[], authorSeen: false, publishedAt: null as string | null, sourceUrl: null as string | null };
  paragraphs = takeTrailerLines(paragraphs, meta);
  paragraphs = takeLeadingLabelLines(paragraphs, meta);
  paragraphs = paragraphs.filter((p) => !isBoilerplateLine(p));
  return {
    title,
    authors: cleanAuthors(meta.authors),
    publishedAt: meta.publishedAt,
    sourceUrl: meta.sourceUrl,
    paragraphs,
  };
}

/**
 * The trailer rules applied to paragraphs extracted from HTML: aggregator pages print the same
 * "Source link : URL" / "Author :" / "Publish date :" lines under the copied body.
 */
export function takeTrailer(paragraphs: string[]): { paragraphs: string[]; authors: string[]; publishedAt: string | null; sourceUrl: string | null } {
  const meta: LabelMeta = { authors: [], authorSeen: false, publishedAt: null, sourceUrl: null };
  const kept = takeTrailerLines(paragraphs, meta).filter((p) => !isBoilerplateLine(p));
  return { paragraphs: kept, authors: cleanAuthors(meta.authors), publishedAt: meta.publishedAt, sourceUrl: meta.sourceUrl };
}

export function plainTextArticle(text: string): Article {
  const parts = parsePlainText(text);
  const body = parts.paragraphs.join('\n\n');
  const warnings: string[] = [];
  if (body.length === 0) warnings.push('no-article-body');
  else if (body.length < 200) warnings.push('short-text');
  return {
    title: parts.title, authors: parts.authors, publishedAt: parts.publishedAt, modifiedAt: null,
    siteName: null, url: null, sourceUrl: parts.sourceUrl, language: null, text: body, warnings,
  };
}

/**
 * Paragraphs are blocks separated by blank lines; inside a block, hard-wrapped lines are joined.
 * A text without any blank line has one paragraph per line.
 */
export function splitParagraphs(text: string): string[] {
  const normalized = text.replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' ').replace(/[ \t]+$/gm, '');
  const hasBlankLines = /\n\s*\n/.test(normalized.trim());
  const blocks = hasBlankLines ? normalized.split(/\n\s*\n/) : normalized.split('\n');
  return blocks.flatMap(joinWrappedLines).filter(Boolean);
}

/** Joins the lines of one block, but a "Label: value" metadata line always stands alone. */
function joinWrappedLines(block: string): string[] {
  const out: string[] = [];
  let current = '';
  for (const line of block.split('\n').map((l) => l.trim()).filter(Boolean)) {
    if (parseLabelLine(line)) {
      if (current) out.push(current);
      out.push(line);
      current = '';
    } else current = current ? `${current} ${line}` : line;
  }
  if (current) out.push(current);
  return out.map((p) => p.replace(/\s+/g, ' ').trim());
}

/**
 * The first paragraph is the headline when it reads like one: short, and not ending like a
 * sentence. Its immediate repetition (aggregators print the headline twice) is dropped too.
 */
export function takeHeadline(paragraphs: string[]): { title: string | null; rest: string[] } {
  const first = paragraphs[0];
  if (first === undefined || paragraphs.length < 2 || !looksLikeHeadline(first)) return { title: null, rest: paragraphs };
  let rest = paragraphs.slice(1);
  if (rest[0] !== undefined && normalizeLoose(rest[0]) === normalizeLoose(first)) rest = rest.slice(1);
  return { title: first, rest };
}

function looksLikeHeadline(p: string): boolean {
  const words = p.split(/\s+/).length;
  if (words > 30 || p.length > 250) return false;
  if (parseLabelLine(p)) return false;
  // Headlines rarely end in a period; a short one-sentence lead paragraph does.
  return !/[.!]["'”’)]?$/.test(p) || words <= 12;
}

interface LabelMeta {
  authors: string[];
  authorSeen: boolean;
  publishedAt: string | null;
  sourceUrl: string | null;
}

function parseLabelLine(p: string): { field: 'sourceUrl' | 'author' | 'date'; value: string } | null {
  const m = LABEL_LINE.exec(p);
  if (!m) {
    // A bare label with nothing after it ("Author :") is still a trailer line.
    const bare = /^\s*([\p{L}][\p{L} ]{0,30}?)\s*:\s*$/u.exec(p);
    if (!bare) return null;
    const field = LABELS.find((l) => l.pattern.test(bare[1]!.trim()));
    return field ? { field: field.field, value: '' } : null;
  }
  const label = m[1]!.trim();
  const field = LABELS.find((l) => l.pattern.test(label));
  if (!field) return null;
  const value = m[2]!.trim();
  if (value.length > 200) return null;
  return { field: field.field, value };
}

function applyLabel(line: { field: 'sourceUrl' | 'author' | 'date'; value: string }, meta: LabelMeta): boolean {
  if (line.field === 'sourceUrl') {
    const url = /https?:\/\/\S+/.exec(line.value);
    if (url) meta.sourceUrl ??= url[0].replace(/[)\].,;]+$/, '');
    // "Source: Reuters" has no URL: still a trailer line, but nothing to record.
    return true;
  }
  if (line.field === 'author') {
    meta.authorSeen = true;
    if (line.value) meta.authors.push(line.value);
    return true;
  }
  const date = normalizeDate(line.value);
  if (date) meta.publishedAt ??= date;
  return date !== null || line.value === '';
}

/** Walks back from the end while paragraphs are label lines or boilerplate. */
function takeTrailerLines(paragraphs: string[], meta: LabelMeta): string[] {
  let end = paragraphs.length;
  while (end > 0) {
    const p = paragraphs[end - 1]!;
    const label = parseLabelLine(p);
    if (label && applyLabel(label, meta)) end--;
    else if (isBoilerplateLine(p)) end--;
    else break;
  }
  return paragraphs.slice(0, end);
}

/** Wire copies sometimes open with "By: ..." / "Published: ..." lines before the body. */
function takeLeadingLabelLines(paragraphs: string[], meta: LabelMeta): string[] {
  let start = 0;
  while (start < paragraphs.length) {
    const p = paragraphs[start]!;
    const label = parseLabelLine(p);
    const byline = /^by\s+(\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3}(?:\s*(?:,|and|&)\s*\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3})*)$/u.exec(p);
    if (label && applyLabel(label, meta)) start++;
    else if (byline) {
      meta.authors.push(byline[1]!);
      start++;
    } else break;
  }
  return paragraphs.slice(start);
}

export function isBoilerplateLine(p: string): boolean {
  const s = p.trim();
  return BOILERPLATE_LINES.some((re) => re.test(s));
}
