/**
 * "by the end of the year", "the beginning of the month", "the middle of the
 * week", "later in the week", "early in the year", "by year-end": a part of the current
 * year/month/week named with "the" instead of "this". The span starts at the
 * part word (not "the"); the part word is the modifier. "the end of the
 * month-long strike" (a compound) and "the start of the year 2020" (a named
 * year) are not counted. A story year or month named earlier in the sentence
 * ("in 2019 ... by the end of the year") is applied by anchors/story-period.ts.
 */
import { type DateCandidate, type DateParser, matchAll } from '../candidate.js';

const PERIOD_OF_THE_UNIT =
  /\b(?:(end|beginning|start|middle|close)\s+of\s+the|(early|earlier|late|later)\s+in\s+the)\s+(year|month|week)(?![-\w]|\s+\d)/gi;
/** "by year-end", "before month's end": the end of the current year or month, after a time preposition. */
const UNIT_END = /\b(?:by|before|until|toward|towards|at|around)\s+((year|month)(?:[- ]end|['’]s\s+end))(?![-\w])/gi;

export const periodOfTheUnitParser: DateParser = {
  name: 'periodOfTheUnit',
  parse(doc) {
    const out: DateCandidate[] = [];
    // Each pattern runs only where its fixed words occur: one cheap scan spares it on most articles.
    if (/(?:of|in)\s+the\s+(?:year|month|week)/i.test(doc.text)) for (const m of matchAll(PERIOD_OF_THE_UNIT, doc.text)) {
      const unit = m[3]!.toLowerCase() as 'year' | 'month' | 'week';
      const modifier = (m[1] ?? m[2])!.toLowerCase();
      out.push({
        start: m.index, end: m.index + m[0].length, meaning: { kind: 'relative', unit, offset: 0 }, modifier, rule: 'periodOfTheUnit',
      });
    }
    if (/(?:year|month)(?:[- ]end|['’]s\s+end)/i.test(doc.text)) for (const m of matchAll(UNIT_END, doc.text)) {
      const start = m.index + m[0].length - m[1]!.length;
      const unit = m[2]!.toLowerCase() as 'year' | 'month';
      out.push({ start, end: start + m[1]!.length, meaning: { kind: 'relative', unit, offset: 0 }, modifier: 'end', rule: 'periodOfTheUnit' });
    }
    return out.sort((a, b) => a.start - b.start);
  },
};
