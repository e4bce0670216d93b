/**
 * The trailer: what syndicated, aggregated and wire copies print under the story, shared by the
 * plain-text and HTML paths (one set of rules, walked back from the end of the body):
 *   - label lines ("Source link : URL", "Author : NAME", "Publish date : DATE") -> metadata;
 *   - syndication credits ("Originally published at URL by NAME", "This article was first
 *     published on SITE", "Republished from OUTLET under a Creative Commons license") -> sourceUrl
 *     (the line's URL, else its link) and authors (when "by NAME" names a person);
 *   - disclaimers ("The views expressed ... do not necessarily reflect ...", "This content is
 *     syndicated ...") and aggregator boilerplate -> dropped;
 *   - in plain text also separators and wire credit / rights lines (in HTML those are either
 *     already cut by the content extractor or part of the story as its publisher printed it).
 */
import { cleanAuthors, normalizeDate } from './normalize.js';

export interface TrailerMeta {
  authors: string[];
  publishedAt: string | null;
  modifiedAt: string | null;
  sourceUrl: string | null;
}

export interface TrailerOptions {
  /** Plain text: separators and wire credit / rights lines are trailer too. */
  plainText?: boolean;
  /** The hrefs of the links inside a paragraph (HTML), where a credit's URL often is. */
  linksOf?: (paragraph: string) => readonly string[];
}

type LabelField = 'sourceUrl' | 'author' | 'date' | 'modified';

/** Labels that carry metadata in aggregator trailers and wire headers, by the field they fill. */
const LABELS: { field: LabelField; pattern: RegExp }[] = [
  { field: 'sourceUrl', pattern: /^(?:source\s+link|source\s+url|source|originally\s+published\s+(?:at|on|by)|original\s+(?:article|source|story|link)|read\s+(?:the\s+)?original(?:\s+article)?(?:\s+(?:at|here))?|via)$/i },
  { field: 'author', pattern: /^(?:authors?|by|writer|written\s+by|reporter|byline)$/i },
  { field: 'date', pattern: /^(?:publish(?:ed)?\s+date|(?:first\s+)?published(?:\s+(?:on|at))?|publication\s+date|date(?:\s+published)?|posted(?:\s+on)?|dated?)$/i },
  { field: 'modified', pattern: /^(?:(?:last\s+)?updated(?:\s+(?:on|at))?|(?:last\s+)?modified)$/i },
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

/** A rule line between body and trailer, or between sections: "---", "* * *", "___", "===", "###". */
export const SEPARATOR_LINE = /^(?:[-*_=~#•·]\s*){3,}$/;

/**
 * "Originally published at URL by NAME", "This story first appeared on SITE", "This article is
 * republished from OUTLET under a Creative Commons license", "Reprinted with permission from ...":
 * the line that names the original of a syndicated copy.
 */
const SYNDICATION_CREDIT = /^(?:this (?:article|story|post|piece|report|column|essay|interview|op-ed|commentary) )?(?:(?:was|is|has been) )?(?:(?:originally|first) (?:published|appeared|posted|ran) (?:online )?(?:at|on|in|by)\b|(?:republished|reprinted|reproduced|syndicated)(?: (?:here )?with (?:permission|kind permission))? (?:from|courtesy of|by)\b)/i;

/**
 * Closing disclaimers of syndicated and guest content: "The views expressed in this article are the
 * author's own and do not necessarily reflect ...", "This content is syndicated from ...".
 */
const DISCLAIMER_LINES: RegExp[] = [
  /\b(?:views?|opinions?)\b.{0,120}\b(?:expressed|stated|presented|are (?:those|solely|the author))\b.{0,250}\b(?:do(?:es)? not|don[’']t)\s+necessarily\s+(?:reflect|represent|state)\b/i,
  /^(?:the )?(?:views|opinions) (?:expressed|in this (?:article|piece|column)) (?:are|is) (?:those of|solely|the author)\b/i,
  /^this (?:content|article|story|post|piece) (?:is|was|has been) (?:syndicated|republished|reproduced|distributed|provided)\b/i,
  /^disclaimer\s*:/i,
  // "All rights to the original article belong to its publisher.", "Copyright remains with the source."
  /\b(?:rights|copyright)\b.{0,80}\b(?:belongs?|remains?)\s+(?:to|with)\b.{0,60}\b(?:publishers?|sources?|authors?|owners?|outlets?)\b/i,
];

/**
 * Credit and rights lines that close wire and syndicated plain-text copies. Only ever removed from
 * the end of a plain text (walking back), where they cannot be the story's own sentences.
 */
export const TRAILER_LINES: RegExp[] = [
  /^(?:©|\(c\)|copyright\b).{0,400}$/i,
  /^all rights reserved\b.{0,300}$/i,
  /^this material may not be (?:published|reproduced|copied)\b.{0,300}$/i,
  /^.{0,200}\bcontributed (?:reporting|to this (?:report|story|article))(?:\s+from\s+[^.]{1,60})?\.?$/i,
  /^(?:\(?(?:additional\s+)?reporting|writing|editing|compiled|translated)\s+by\b.{0,250}$/i,
  SYNDICATION_CREDIT,
];

/** Longest credit or disclaimer paragraph; anything longer is the story's own prose. */
const MAX_CREDIT = 400;

/** Words that make the "by X" of a credit an outlet, not a person ("by The Harbour Gazette"). */
const OUTLET_WORDS = /\b(?:the|news|times|post|press|media|wire|journal|daily|weekly|gazette|herald|tribune|chronicle|observer|courier|telegraph|guardian|independent|review|insider|monitor|mirror|express|examiner|dispatch|bulletin|conversation|ledger|inquirer|register|sentinel|magazine|network|radio|tv|agency|institute|foundation|council|university|project|group|blog|online|digital|report|today|voice|world|international|global)\b/i;

export function isSyndicationCredit(p: string): boolean {
  return p.length <= MAX_CREDIT && SYNDICATION_CREDIT.test(p.trim());
}

export function isDisclaimer(p: string): boolean {
  return p.length <= MAX_CREDIT && DISCLAIMER_LINES.some((re) => re.test(p.trim()));
}

/**
 * The people a credit names after "by": "... at URL by Jane Doe." -> ["Jane Doe"]. The credit verb's
 * own "by" ("originally published by X", "republished by X") names the publisher, and an outlet
 * ("by The Harbour Gazette") or a single word is not an author either.
 */
export function creditAuthors(p: string): string[] {
  const credit = SYNDICATION_CREDIT.exec(p.trim());
  const rest = credit && /by$/i.test(credit[0]) ? p.trim().slice(credit[0].length) : p;
  const m = /\bby\s+(\p{Lu}.*)$/u.exec(rest);
  if (!m) return [];
  // The names end at a sentence end (not an initial's period) or where the credit goes on.
  const names = m[1]!
    .split(/(?<!\b\p{Lu})[.!?](?:\s|$)/u)[0]!
    .split(/\s+(?:under|on|in|for|with|at|via|from|and (?:is|was|has|republished))\s|[;|()]/)[0]!;
  return cleanAuthors([names]).filter((name) => name.includes(' ') && !OUTLET_WORDS.test(name));
}

/** "... first published on 17 September 2024": the original's publication day. */
function creditDate(p: string): string | null {
  const m = /\bon\s+((?:\p{L}+,?\s+)?(?:\d{1,2}\s+\p{L}{3,9}\.?|\p{L}{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?)\s+\d{4}|\d{4}-\d{2}-\d{2})\b/u.exec(p);
  return m ? normalizeDate(m[1]!) : null;
}

function parseLabelLine(p: string): { field: LabelField; value: string } | null {
  const m = LABEL_LINE.exec(p);
  if (!m) return null;
  const label = m[1]!.trim();
  const field = LABELS.find((l) => l.pattern.test(label));
  if (!field) return null;
  const value = m[2]!.trim();
  if (value.length > 200) return null;
  return { field: field.field, value };
}

export function isLabelLine(p: string): boolean {
  return parseLabelLine(p) !== null;
}

/** A label line's value recorded in meta; false when the line only looks like one ("Date: soon"). */
export function takeLabelLine(p: string, meta: TrailerMeta): boolean {
  const line = parseLabelLine(p);
  if (!line) return false;
  if (line.field === 'sourceUrl') {
    // "Source: Reuters" has no URL: still a trailer line, but nothing to record.
    meta.sourceUrl ??= firstUrl(line.value);
    return true;
  }
  if (line.field === 'author') {
    if (line.value) meta.authors.push(line.value);
    return true;
  }
  const date = normalizeDate(line.value);
  if (date && line.field === 'modified') meta.modifiedAt ??= date;
  else if (date) meta.publishedAt ??= date;
  return date !== null || line.value === '';
}

/**
 * The credit's link to the original: the first one with a path ("Read the original article"),
 * since an outlet's name often links its front page; else that front page.
 */
function creditLink(hrefs: readonly string[]): string | null {
  const web = hrefs.filter((href) => /^https?:\/\//i.test(href));
  return web.find((href) => !isSiteRoot(href)) ?? web[0] ?? null;
}

/** "https://outlet.example/" (a front page), as opposed to an article's address. */
export function isSiteRoot(url: string): boolean {
  return /^https?:\/\/[^/?#]+\/?$/i.test(url);
}

function firstUrl(s: string): string | null {
  const url = /https?:\/\/\S+/.exec(s);
  return url ? url[0].replace(/[)\].,;]+$/, '') : null;
}

/**
 * Walks back from the end while paragraphs are label lines, syndication credits, disclaimers or
 * boilerplate (in plain text also separators and wire credit / rights lines), recording what they
 * say in meta; returns the paragraphs before them.
 */
export function takeTrailerLines(paragraphs: string[], meta: TrailerMeta, options: TrailerOptions = {}): string[] {
  let end = paragraphs.length;
  while (end > 0) {
    const p = paragraphs[end - 1]!;
    if (isSyndicationCredit(p)) {
      meta.sourceUrl ??= firstUrl(p) ?? creditLink(options.linksOf?.(p) ?? []);
      meta.authors.push(...creditAuthors(p));
      meta.publishedAt ??= creditDate(p);
      end--;
    } else if (takeLabelLine(p, meta) || isBoilerplateLine(p) || isDisclaimer(p)) end--;
    else if (options.plainText && (SEPARATOR_LINE.test(p) || TRAILER_LINES.some((re) => re.test(p)))) end--;
    else break;
  }
  return paragraphs.slice(0, end);
}

/** The trailer of an extracted HTML body: its paragraphs without the trailer, and what it said. */
export function takeTrailer(paragraphs: string[], linksOf?: TrailerOptions['linksOf']): TrailerMeta & { paragraphs: string[] } {
  const meta: TrailerMeta = { authors: [], publishedAt: null, modifiedAt: null, sourceUrl: null };
  const kept = takeTrailerLines(paragraphs, meta, { linksOf }).filter((p) => !isBoilerplateLine(p));
  return { ...meta, authors: cleanAuthors(meta.authors), paragraphs: kept };
}

export function isBoilerplateLine(p: string): boolean {
  const s = p.trim();
  return BOILERPLATE_LINES.some((re) => re.test(s));
}
