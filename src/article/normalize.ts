/**
 * Small value cleaners shared by the plain-text and HTML paths: dates, author names, titles.
 */

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

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11,
  dec: 12, december: 12,
};
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
/** "Nov. 19, 2019", "November 19" (year optional). */
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?`, 'i');
/** "19 November 2019", "19 Nov. 2019". */
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})\\b`, 'i');
/** "5:50 PM", "5:50 p.m.", "17:50", "17.50 Uhr" is out of scope. */
const CLOCK = /\b(\d{1,2}):(\d{2})(?::\d{2})?\s*(?:([ap])\.?\s?m\b\.?)?/i;
/** Zone abbreviations with a fixed offset (ambiguous "ET"/"PT" give no offset: no invented zone). */
const ZONES: Record<string, number> = {
  utc: 0, gmt: 0, z: 0, est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420,
  bst: 60, cet: 60, cest: 120, eet: 120, eest: 180, msk: 180, ist: 330, jst: 540, kst: 540, aest: 600, aedt: 660,
};
const ZONE = /\b(utc|gmt|est|edt|cst|cdt|mst|mdt|pst|pdt|bst|cet|cest|eet|eest|msk|ist|jst|kst|aest|aedt)\b/i;

/**
 * English prose timestamps: "Nov. 19, 2019 5:50 PM", "Published 11:34 PM EST Nov 19, 2019",
 * "19 November 2019 10:15", "March 18 at 3:57 PM". The clock is kept as written; an offset is added
 * only for an explicit zone abbreviation. A text without a year is accepted only when it falls on
 * the reference day (a date known from elsewhere, e.g. the URL), whose year it then takes.
 */
export function dateFromProse(s: string, referenceDay: string | null = null): string | null {
  let y: number | undefined;
  let mo: number;
  let d: number;
  let dateEnd: number;
  const dmy = DAY_MONTH_YEAR.exec(s);
  const mdy = dmy ? null : MONTH_DAY_YEAR.exec(s);
  if (dmy) {
    [d, mo, y] = [+dmy[1]!, MONTHS[dmy[2]!.toLowerCase().replace('.', '')]!, +dmy[3]!];
    dateEnd = dmy.index + dmy[0].length;
  } else if (mdy) {
    [mo, d] = [MONTHS[mdy[1]!.toLowerCase().replace('.', '')]!, +mdy[2]!];
    if (mdy[3]) y = +mdy[3];
    dateEnd = mdy.index + mdy[0].length;
  } else return null;
  if (y === undefined) {
    if (!referenceDay) return null;
    y = +referenceDay.slice(0, 4);
    if (`${y}-${pad(mo)}-${pad(d)}` !== referenceDay) return null;
  }
  if (!validYmd(y, mo, d)) return null;
  let out = `${y}-${pad(mo)}-${pad(d)}`;
  // The clock may stand before or after the date; digits of the date itself are not a clock.
  const clock = CLOCK.exec(s.slice(dateEnd)) ?? CLOCK.exec(s);
  if (clock) {
    let h = +clock[1]!;
    const ampm = clock[3]?.toLowerCase();
    if (ampm === 'p' && h < 12) h += 12;
    if (ampm === 'a' && h === 12) h = 0;
    if (h > 23 || +clock[2]! > 59) return out;
    out += `T${pad(h)}:${clock[2]}`;
    const zone = ZONE.exec(s);
    if (zone) out += `:00${formatOffsetMinutes(ZONES[zone[1]!.toLowerCase()]!)}`;
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

const ROLE_WORDS = new Set(['editor', 'writer', 'reporter', 'correspondent', 'columnist', 'contributor', 'producer', 'photographer', 'analyst', 'critic', 'intern']);
/** Capitalized words that qualify a role ("Games Editor", "Senior Writer", "Staff Reporter"). */
const ROLE_QUALIFIERS = /^(?:senior|staff|chief|contributing|managing|deputy|associate|assistant|executive|political|business|sports|games|tech|technology|science|health|news|national|foreign|world|film|music|food|travel|data|digital|special)$/i;

export const BYLINE_PREFIX = /^(?:(?:(?:written|posted|reported|story|text|words|compiled|edited|authored|article)\s+)?by|por|par|door|von|av|af|от|di)\s*:?\s+(?=\p{Lu})/iu;
/** "byJane Doe": a template that prints the label and the name with no space between them. */
const GLUED_BY = /^by(?=\p{Lu}\p{Ll})/u;
/** Lower-case words that belong inside a name ("Ana de la Cruz", "Nick van Mead"). */
const NAME_PARTICLES = new Set(['de', 'la', 'le', 'van', 'von', 'der', 'den', 'du', 'da', 'di', 'del', 'della', 'des', 'dos', 'das', 'do', 'bin', 'bint', 'ibn', 'al', 'el', 'ter', 'ten', 'zu', 'y', 'e', 'af', 'av']);
/** "Sat, 20 Dec": a weekday split off a date by the comma is not a one-word name. */
const WEEKDAY = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;

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
  // A line may open with its label ("Posted by Jane Doe"): only a keyword after the name cuts.
  s = s.replace(/(?<=\S)\s+(?:updated|published|posted|on)\b.*$/i, '');
  s = s.replace(/\b\d{1,2}[:/.]\d{1,2}.*$/, '');
  s = s.replace(/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d.*$/i, '');
  s = s.replace(BYLINE_PREFIX, '');
  // "Jane Doe - Product marketer": a dash between spaces sets a role after the name.
  return s.split(/\s*(?:,|;|\||\/|&|\band\b|\bund\b|\by\b|\bet\b|\be\b|\bwith\b)\s*|\s+[-–—]\s+/i).map((p) => p.replace(BYLINE_PREFIX, '').trim());
}

export function cleanPersonName(part: string): string | null {
  // "Jane Doe (Content Manager)": a parenthesized role is not part of the name ("Ana (Guha) Roy" keeps hers).
  const s = part.replace(/\s*\([^)\s]+\s[^)]*\)\s*/g, ' ').replace(/^[\s\p{P}]+/u, '').replace(/[\s,;:|\-–—]+$/u, '').replace(GLUED_BY, '').trim();
  if (s.length < 3 || s.length > 80) return null;
  if (/\d|@|www\.|\.com\b|https?:/i.test(s)) return null;
  // "Reviewed by Jane Doe", "Written By": a credit line or a bare label, never a name.
  if (/\bby\b/i.test(s)) return null;
  const words = s.split(/\s+/);
  // "Ben Okri Senior Autos Reporter": a job title (qualifier, then anything, then a role) ends the name.
  const roleAt = words.findIndex((w, i) => i >= 2 && ROLE_QUALIFIERS.test(w) && words.slice(i + 1).some((x) => ROLE_WORDS.has(x.toLowerCase())));
  if (roleAt > 0) words.length = roleAt;
  // "Ben Okri Games Editor": a job title after the name is dropped, the name kept.
  while (words.length > 2 && ROLE_WORDS.has(words[words.length - 1]!.toLowerCase())) {
    words.pop();
    while (words.length > 2 && ROLE_QUALIFIERS.test(words[words.length - 1]!)) words.pop();
  }
  if (words.length < 1 || words.length > 5) return null;
  if (words.some((w) => NON_PERSON_WORDS.has(w.toLowerCase().replace(/[.'’]/g, '')))) return null;
  // Every word of a name is capitalized but its particles ("Personal finance" is a section tag);
  // a caseless script (Han, Hangul...) has no capitals to look for.
  const caseless = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(s);
  if (!caseless && !words.every((w) => /^\P{Ll}/u.test(w) || NAME_PARTICLES.has(w) || /^[dl]['’]\p{Lu}/u.test(w))) return null;
  if (!caseless && NAME_PARTICLES.has(words[0]!)) return null;
  if (words.length === 1 && /^\p{Lu}+$/u.test(s)) return null; // "AP", "AFP": agencies, not people
  if (words.length === 1 && WEEKDAY.test(s)) return null;
  // "J J": avatar initials, not a name ("J." is fine, and so is a last initial: "Sam R").
  if (words.some((w, i) => /^\p{L}$/u.test(w) && (i < words.length - 1 || words.length < 2 || words.slice(0, -1).some((x) => x.replace(/\.$/, '').length < 2)))) return null;
  return words.join(' ');
}

/**
 * "NATALIYA VASILYEVA" -> "Nataliya Vasilyeva", also inside "By GILLIAN MOHNEY": names in all
 * capitals are styling, not spelling. Two-letter words ("AP") are left alone.
 */
export function titleCaseShouted(s: string): string {
  if (!/\p{Lu}{3}/u.test(s)) return s;
  return s.replace(/(?<![\p{L}])\p{Lu}[\p{Lu}'’-]{2,}(?![\p{L}])/gu, (w) =>
    w.toLowerCase().replace(/(^|['’-])(\p{L})/gu, (_, pre: string, c: string) => pre + c.toUpperCase()));
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
