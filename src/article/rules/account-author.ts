/**
 * Authors that are not people: an organization, a desk or a team ("The Acme Team", "Lifestyle
 * Desk", "Acme Inc."), or an account handle ("jdoe", "@jdoe", "site_admin"). Product decision:
 * the record lists one only when the page names no person as the author and declares this one in
 * an author field (JSON-LD author, meta author, the CMS's "Written by" label, a byline element).
 * It is then who the page itself says wrote the story; authors stay plain strings, so a reader
 * tells such an author from a person by its shape, as the page gave it.
 *
 * The cleaning is lighter than for people (normalize.ts cleanPersonName): lower case, digits and
 * words like "Team" or "Staff" are allowed, but a label ("By", "Author"), a date, a reading time,
 * an address or a mail address is still not an author.
 */
import { BYLINE_PREFIX } from '../normalize.js';

const MAX_CHARS = 60;
const MAX_WORDS = 6;
/** What an author field holds when the template has no author to print. */
const EMPTY_VALUE = /^(?:by|author|authors|written by|posted by|posted|admin panel|null|undefined|none|n\/a|unknown author|\W+)$/i;
/** "12 minutes", "5 min read", "1,204 views": counters that share the CMS's label slots. */
const COUNTER = /^[\d.,]+\s*(?:min|mins|minutes?|hours?|views?|comments?|shares?|likes?|words?)?\b/i;
const MONTH = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d/i;
const GLUED_DATE = /(?<=\p{Ll})(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d.*$/u;
const WEEKDAY_START = /^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b\.?,/i;

/** One cleaned account name from a part of an author field, or null when the part names nobody. */
export function cleanAccountName(part: string): string | null {
  let s = part.replace(/\s+/g, ' ').trim();
  s = s.replace(BYLINE_PREFIX, '').replace(/^by\s*:?\s+|^by(?=\p{Lu})/iu, '').replace(/^@(?=[\p{L}\p{N}_])/u, '');
  // "Acme TeamDecember 17, 2025": a date glued to the name by the template is cut off.
  s = s.replace(GLUED_DATE, '').replace(/^[\s\p{P}]+/u, '').replace(/[\s,;:|\-–—]+$/u, '').trim();
  if (s.length < 2 || s.length > MAX_CHARS) return null;
  if (!/\p{L}/u.test(s) || /https?:|www\.|\S@\S|\/\//i.test(s)) return null;
  if (EMPTY_VALUE.test(s)) return null;
  // A number opens some names ("98 Degrees Agency"); alone or with a unit it is a counter.
  const afterNumber = s.replace(COUNTER, '').trim();
  if (afterNumber !== s && (afterNumber === '' || /^(?:read|ago|left)$/i.test(afterNumber))) return null;
  if (MONTH.test(s) || WEEKDAY_START.test(s) || /\b\d{1,2}:\d{2}\b/.test(s)) return null;
  if (s.split(' ').length > MAX_WORDS) return null;
  return s;
}

/**
 * Account names from one author field: "Acme Team", "jdoe; Acme Labs". Parts are split at
 * commas, semicolons and pipes only: "Smith & Sons" or "Research and Policy Team" is one name.
 */
export function accountNames(raw: string): string[] {
  const out: string[] = [];
  for (const part of raw.split(/\s*[,;|]\s*/)) {
    const name = cleanAccountName(part);
    if (name && !out.some((n) => n.toLowerCase() === name.toLowerCase())) out.push(name);
  }
  return out;
}

/** Words of a forum user card ("Member", "Joined", "Posts: 96"), not of the user's name. */
const USER_CARD = /\b(?:joined|posts?|messages|reputation|member|badges?|reaction score)\b/i;
/** Small words that a capitalized organization name keeps in lower case ("Ask the Doctors"). */
const CONNECTORS = new Set(['the', 'of', 'and', '&', 'for', 'at', 'in', 'on', 'de', 'la', 'van', 'von']);

/**
 * An account name shown in a slot that only its class names (no "By", no author-page link): a
 * single handle ("jdoe") or words that are all capitalized ("Acme Team"). Other text there is a
 * button or a label ("Get in touch").
 */
export function isNameShaped(name: string): boolean {
  if (USER_CARD.test(name) || /[!?()"“”:]/.test(name)) return false;
  const words = name.split(' ');
  return words.length === 1 || words.every((w, i) => /^\P{Ll}/u.test(w) || (i > 0 && CONNECTORS.has(w)));
}

