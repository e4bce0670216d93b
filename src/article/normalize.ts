/**
 * Small value cleaners shared by the plain-text and HTML paths: dates, author names, titles.
 */
import * as chrono from 'chrono-node';

const ISO_LIKE =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/i;

/**
 * A publication timestamp as the publisher wrote it, in ISO-8601 form. Never converts to UTC and
 * never invents a zone: "2024-04-12 07:00:00" -> "2024-04-12T07:00:00", an offset is kept as given.
 */
export function normalizeDate(value: string | null | undefined, referenceDay?: string | null): string | null {
  if (!value) return null;
  const s = value.trim().replace(/\s+/g, ' ');
  if (!s) return null;
  const iso = ISO_LIKE.exec(s);
  if (iso) return formatIso(iso);
  const compact = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?$/.exec(s);
  if (compact && validYmd(+compact[1]!, +compact[2]!, +compact[3]!)) {
    return formatParts(+compact[1]!, +compact[2]!, +compact[3]!, compact[4], compact[5], compact[6], undefined);
  }
  return dateFromProse(s, referenceDay ?? null);
}

function formatIso(m: RegExpExecArray): string | null {
  const [y, mo, d] = [+m[1]!, +m[2]!, +m[3]!];
  if (!validYmd(y, mo, d)) return null;
  return formatParts(y, mo, d, m[4], m[5], m[6], m[7]);
}

function formatParts(y: number, mo: number, d: number, h?: string, mi?: string, sec?: string, zone?: string): string {
  let out = `${y}-${pad(mo)}-${pad(d)}`;
  if (h !== undefined && mi !== undefined) {
    out += `T${pad(+h)}:${mi}`;
    if (sec !== undefined) out += `:${sec}`;
    if (zone) out += formatZone(zone);
  }
  return out;
}

function formatZone(zone: string): string {
  const z = zone.toUpperCase();
  if (z === 'Z' || z === 'UTC' || z === 'GMT') return 'Z';
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone)!;
  return `${m[1]}${m[2]}:${m[3] ?? '00'}`;
}

function validYmd(y: number, mo: number, d: number): boolean {
  return y >= 1900 && y <= 2100 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * "Nov. 19, 2019 5:50 PM PT" and the like, through chrono's parsed components (no Date objects: no
 * UTC shift). A text without a year ("March 18 at 3:57 PM") is accepted only when it falls on the
 * reference day (a date known from elsewhere, e.g. the URL), whose year it then takes.
 */
/** A month name or a numeric d/m/y shape: without one, chrono (slow) cannot find a full date anyway. */
const LOOKS_LIKE_DATE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s|\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}|\d{4}年/i;

function dateFromProse(s: string, referenceDay: string | null): string | null {
  if (!/\d/.test(s) || !LOOKS_LIKE_DATE.test(s)) return null;
  const ref = referenceDay ? new Date(`${referenceDay}T12:00:00`) : undefined;
  // The strict English parser: 7x faster than casual, and casual phrases ("2 hours ago") are no use here.
  const parsed = chrono.en.strict.parse(s, ref, { forwardDate: false })[0];
  if (!parsed) return null;
  const c = parsed.start;
  if (!c.isCertain('month') || !c.isCertain('day')) return null;
  const y = c.get('year')!;
  const mo = c.get('month')!;
  const d = c.get('day')!;
  if (!validYmd(y, mo, d)) return null;
  let out = `${y}-${pad(mo)}-${pad(d)}`;
  if (!c.isCertain('year') && out !== referenceDay) return null;
  if (c.isCertain('hour')) {
    out += `T${pad(c.get('hour')!)}:${pad(c.get('minute') ?? 0)}`;
    const offset = c.isCertain('timezoneOffset') ? c.get('timezoneOffset') : null;
    if (offset !== null && offset !== undefined) out += `:00${formatOffsetMinutes(offset)}`;
  }
  return out;
}

export function formatOffsetMinutes(offset: number): string {
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** Whether an ISO timestamp is given in UTC (a "Z" or +00:00 offset), i.e. the publisher's local clock is lost. */
export function isUtcTimestamp(iso: string): boolean {
  return /(?:Z|[+-]00:00)$/.test(iso);
}

/** Whether a timestamp carries a time of day and a non-UTC offset (the best evidence of local time). */
export function hasLocalOffset(iso: string): boolean {
  return /T\d{2}:\d{2}.*[+-]\d{2}:\d{2}$/.test(iso) && !isUtcTimestamp(iso);
}

// ---------------------------------------------------------------------------
// Authors

/** Words that make a byline fragment a job title, desk or organization rather than a person. */
const NON_PERSON_WORDS = new Set([
  'staff', 'writer', 'writers', 'reporter', 'reporters', 'correspondent', 'editor', 'editors', 'editorial',
  'contributor', 'contributors', 'columnist', 'news', 'press', 'associated', 'reuters', 'agency', 'desk',
  'team', 'board', 'service', 'services', 'media', 'online', 'digital', 'newsroom', 'wire', 'wires', 'bureau',
  'admin', 'administrator', 'guest', 'author', 'authors', 'published', 'updated', 'posted', 'times', 'post',
  'daily', 'weekly', 'magazine', 'journal', 'group', 'inc', 'ltd', 'llc', 'corp', 'company', 'senior',
  'chief', 'contributing', 'special', 'opinion', 'world', 'report', 'network', 'tv', 'radio', 'channel',
  'afp', 'ap', 'upi', 'bbc', 'cnn', 'nbc', 'cbs', 'abc', 'msn', 'yahoo', 'the', 'of', 'for', 'from', 'at', 'in',
  'follow', 'email', 'twitter', 'facebook', 'view', 'profile', 'more', 'articles', 'stories', 'about',
]);

const BYLINE_PREFIX = /^(?:(?:(?:written|posted|reported|story|text|words|compiled|edited)\s+)?by|por|par|door|von|av|af|от|di)\s*:?\s+(?=\p{Lu})/iu;

/**
 * People's names from raw byline strings: "By A and B", "A, B & C", "Jane Doe, Staff Writer".
 * Drops job titles, site names, dates, URLs and handles.
 */
export function cleanAuthors(raws: Iterable<string>, siteName?: string | null): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const site = siteName ? siteName.toLowerCase().replace(/\s+/g, ' ').trim() : null;
  for (const raw of raws) {
    for (const part of splitByline(raw)) {
      const name = cleanPersonName(part);
      if (!name) continue;
      const key = name.toLowerCase();
      if (seen.has(key) || key === site) continue;
      seen.add(key);
      out.push(name);
    }
  }
  return out;
}

function splitByline(raw: string): string[] {
  let s = raw.replace(/\s+/g, ' ').trim();
  s = s.replace(/\S+@\S+/g, ' ').replace(/https?:\/\/\S+/g, ' ');
  // Cut at a date or time that is glued to the byline ("Jane Doe Updated 5:04 PM").
  s = s.replace(/\b(?:updated|published|posted|on)\b.*$/i, '');
  s = s.replace(/\b\d{1,2}[:/.]\d{1,2}.*$/, '');
  s = s.replace(BYLINE_PREFIX, '');
  return s.split(/\s*(?:,|;|\||\/|&|\band\b|\bund\b|\by\b|\bet\b|\be\b|\bwith\b)\s*/i).map((p) => p.replace(BYLINE_PREFIX, '').trim());
}

export function cleanPersonName(part: string): string | null {
  const s = part.replace(/^[\s\p{P}]+/u, '').replace(/[\s,;:|\-–—]+$/u, '').trim();
  if (s.length < 3 || s.length > 60) return null;
  if (/\d|@|www\.|\.com\b|https?:/i.test(s)) return null;
  const words = s.split(/\s+/);
  if (words.length < 1 || words.length > 5) return null;
  if (words.some((w) => NON_PERSON_WORDS.has(w.toLowerCase().replace(/[.'’]/g, '')))) return null;
  // A name has at least one capitalized word (or is written in a caseless script).
  if (!words.some((w) => /^\p{Lu}/u.test(w)) && !/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(s)) return null;
  if (words.length === 1 && /^\p{Lu}+$/u.test(s)) return null; // "AP", "AFP": agencies, not people
  if (words.some((w) => /^\p{L}$/u.test(w))) return null; // "J J": avatar initials, not a name ("J." is fine)
  return s;
}

// ---------------------------------------------------------------------------
// Titles

const TITLE_SEPARATORS = /\s+(?:\||-|–|—|::|·|•|«|»|\/|:)\s+/;

/**
 * The headline without a " | Site Name" or "Site Name - " decoration. A part is dropped when it
 * matches the site name, or when the title splits in two and one side is much shorter.
 */
export function stripSiteFromTitle(title: string, siteName?: string | null): string {
  const t = title.replace(/\s+/g, ' ').trim();
  const parts = t.split(TITLE_SEPARATORS);
  if (parts.length < 2) return t;
  const site = siteName ? normalizeLoose(siteName) : null;
  if (site) {
    const kept = parts.filter((p) => {
      const n = normalizeLoose(p);
      return n !== site && !(n.length > 2 && (site.includes(n) || n.includes(site)) && n.split(' ').length <= 4);
    });
    if (kept.length > 0 && kept.length < parts.length) return joinKept(t, kept);
  }
  // No site name match: drop a short trailing part (or leading one) that looks like a brand.
  const last = parts[parts.length - 1]!;
  const first = parts[0]!;
  const rest = (drop: 'first' | 'last') => (drop === 'last' ? parts.slice(0, -1) : parts.slice(1));
  if (wordCount(last) <= 4 && wordCount(t) - wordCount(last) >= 3) return joinKept(t, rest('last'));
  if (wordCount(first) <= 3 && wordCount(t) - wordCount(first) >= 4 && /\|/.test(t.slice(0, first.length + 3))) {
    return joinKept(t, rest('first'));
  }
  return t;
}

/** Rejoins kept parts using the original text between them. */
function joinKept(original: string, kept: string[]): string {
  const start = original.indexOf(kept[0]!);
  const lastPart = kept[kept.length - 1]!;
  const end = original.lastIndexOf(lastPart) + lastPart.length;
  return start >= 0 && end > start ? original.slice(start, end).trim() : kept.join(' ');
}

const wordCount = (s: string): number => s.split(/\s+/).filter(Boolean).length;

export function normalizeLoose(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’‚‛`´]/g, "'")
    .replace(/[“”„‟«»]/g, '"')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
