/**
 * Words before a date that qualify it without changing its granularity: "late
 * March", "mid-December", "the mid-1990s", "end of 2020", "earlier this
 * month", "overnight into Wednesday", "Later Friday", "earlier today", "late on Thursday". The span grows to include them (but not a
 * leading "the"); the word goes to `modifier`. Seasons ("spring 2020") are
 * dates of their own (parsers/season.ts), not modifiers of a year.
 */
import { type DateCandidate, wordBefore } from '../candidate.js';
import type { DateRefiner } from './refiner.js';

const LOOK_BEHIND_CHARS = 24;
const DURATION_UNITS = /^(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|moments?)$/i;
// Each alternative is anchored at the end of a short slice, so matching is bounded.
const PREFIX = /(?:\b(end|beginning|start|middle|turn|close)\s+of\s+(?:the\s+)?|\b(early|late|mid)(?:\s+on)?\s+|\b(early|late|mid)-|\b(earlier|later)(?:\s+on)?\s+|\b(overnight)(?:\s+(?:on|into))?\s+)$/i;

function accepts(c: DateCandidate, word: string): boolean {
  const m = c.meaning;
  const isDay = m.kind === 'weekday' || (m.kind === 'relative' && m.unit === 'day') || (m.kind === 'calendar' && m.day !== null);
  if (word === 'earlier' || word === 'later') {
    return (m.kind === 'relative' && m.offset === 0) || (m.kind === 'weekday' && m.shift === null);
  }
  if (word === 'overnight') return isDay || m.kind === 'holiday';
  if (m.kind === 'holiday') return word === 'early' || word === 'late';
  if (m.kind === 'clock' || m.kind === 'fixed') return false;
  if (m.kind === 'calendar' && m.day !== null) return false; // "late March 21" reads oddly; leave it
  return true;
}

export const attachPrefixModifiers: DateRefiner = {
  name: 'attachPrefixModifiers',
  refine(candidates, doc) {
    return candidates.map((c) => {
      if (c.modifier !== null) return c;
      // "the mid-1990s": the decade parser took no "the" because "mid-" sits between.
      const from = Math.max(0, c.start - LOOK_BEHIND_CHARS);
      const m = PREFIX.exec(doc.text.slice(from, c.start));
      if (!m) return c;
      const word = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5])!.toLowerCase();
      if (!accepts(c, word)) return c;
      // "two days later Friday": the adverb belongs to a duration before it, not to the day.
      if ((word === 'earlier' || word === 'later') && c.meaning.kind === 'weekday' && DURATION_UNITS.test(wordBefore(doc.text, from + m.index))) return c;
      const start = from + m.index;
      return { ...c, start, modifier: word, rule: `${c.rule}+prefixModifier` };
    });
  },
};
