/**
 * dropTitlesOfWorks: a title-shaped passage ("Meet the Press", "So, That
 * Happened.") where prose names a work, not where someone speaks: after "on",
 * "in", "with" or "told" (a show one appears on or talks to), after a
 * possessive ("the network's “Morning Desk”"), or after a noun for a work
 * ("the podcast “…”", "his book “…”"). A nearby speech verb does not make it
 * speech ("Doe said on “Morning Desk” that …"), so this runs whatever the cue.
 *
 * Only lower-case context words count: a headline in title case ("Doe In
 * ‘Deep Trouble’") capitalizes its prepositions, and its quotes are speech.
 */
import { alternation } from '../../lexicon/pattern.js';
import { looksLikeTitle, type QuoteCandidate } from './filters.js';

/** Nouns for works that have titles. */
const WORK_NOUNS = [
  'show', 'program', 'programme', 'podcast', 'broadcast', 'book', 'memoir', 'biography', 'novel', 'film', 'movie', 'documentary',
  'series', 'episode', 'segment', 'column', 'op-ed', 'essay', 'commentary', 'editorial', 'headline', 'song', 'album', 'play', 'musical',
  'newsletter', 'magazine',
];
/** Words before a title (case-sensitive: lower case only), read in a constant window before the mark. */
const BEFORE_TITLE = new RegExp(`(?:\\b(?:on|in|with|told|${alternation(WORK_NOUNS)})|\\S['’]s?)\\s*[,:]?\\s*$`, 'u');
const WINDOW = 40;

export function isTitleOfWork(text: string, c: QuoteCandidate): boolean {
  if (!looksLikeTitle(text.slice(c.start, c.end))) return false;
  return BEFORE_TITLE.test(text.slice(Math.max(0, c.open - WINDOW), c.open));
}

export function dropTitlesOfWorks(text: string, candidates: QuoteCandidate[]): QuoteCandidate[] {
  return candidates.filter((c) => c.runsOn || c.continued || !isTitleOfWork(text, c));
}
