/**
 * Lists of dates, one per line ("June 9 – Tampa", "June 12 – Atlanta", ...),
 * carry no tense, so each line alone would be read as the past. A run of such
 * lines is one schedule in calendar order: its year comes from a heading just
 * above it ("2020 dates:"), else from the same day dated elsewhere in the text
 * ("kicks off June 9, 2020"), else from a sentence that names one of its days
 * with a clear tense; then each line follows the one before, moving to the
 * next year when the calendar wraps.
 */
import type { TextDocument } from '../../text/document.js';
import { type ResolvedDate, type ValueRefiner, hasYear, isYearlessDay, withYear, yearOf } from '../resolved.js';

const MIN_RUN = 3;
const MAX_HEADING_CHARS = 80;
const LIST_MARKER = /[ \t\u00a0•·*\-–—]/;

export const yearFromDateRuns: ValueRefiner = {
  name: 'yearFromDateRuns',
  refine(dates, doc) {
    const out = [...dates];
    for (const run of findRuns(out, doc)) {
      const anchor = anchorOf(run, out, doc);
      if (!anchor) continue;
      const years = yearsAlong(run.map((i) => monthDay(out[i]!)), anchor.position, anchor.year);
      run.forEach((i, k) => {
        const d = out[i]!;
        if (d.value) out[i] = { ...d, value: withYear(d.value, years[k]!), yearKnown: true };
      });
    }
    return out;
  },
};

/** month * 100 + day, for calendar order within a year. */
function monthDay(d: ResolvedDate): number {
  const m = d.candidate.meaning;
  return m.kind === 'calendar' ? m.month! * 100 + m.day! : 0;
}

/** A short label before an item: "Stage 3:", "Round 2 –". */
const ITEM_LABEL = /(?:^|\n)[^\n.!?]{1,24}[:–—-]\s*$/;

/** True when only list markers, spaces or a short label stand between the start of a line and `index`. */
function startsLine(text: string, index: number): boolean {
  let i = index - 1;
  while (i >= 0 && LIST_MARKER.test(text[i]!)) i--;
  return i < 0 || text[i] === '\n' || ITEM_LABEL.test(text.slice(Math.max(0, index - 30), index));
}

/** Indices (into dates) of runs of line-initial yearless days on consecutive lines. */
function findRuns(dates: readonly ResolvedDate[], doc: TextDocument): number[][] {
  const runs: number[][] = [];
  let current: number[] = [];
  const close = (): void => {
    if (current.length >= MIN_RUN) runs.push(current);
    current = [];
  };
  dates.forEach((d, i) => {
    const c = d.candidate;
    if (!d.value || !isYearlessDay(c) || !startsLine(doc.text, c.start)) {
      // Another date on an item's own line ("June 9 – 8 p.m., Tampa") does not end the run.
      const last = current[current.length - 1];
      if (last !== undefined && c.start < lineEnd(doc.text, dates[last]!.candidate.end)) return;
      close();
      return;
    }
    const previous = current[current.length - 1];
    if (previous !== undefined && !onNextLine(doc.text, dates[previous]!.candidate.end, c.start)) close();
    current.push(i);
  });
  close();
  return runs;
}

function lineEnd(text: string, from: number): number {
  const i = text.indexOf('\n', from);
  return i < 0 ? text.length : i;
}

/** Between two items: the rest of one item's line, line breaks, and the next item's label; no other line. */
function onNextLine(text: string, from: number, to: number): boolean {
  const lines = text.slice(from, to).split('\n');
  return lines.length > 1 && lines.slice(1, -1).every((l) => !l.trim());
}

/** The line (or short paragraph) just above the run's first item. */
function headingAbove(text: string, start: number): string {
  let end = start;
  while (end > 0 && text[end - 1] !== '\n') end--;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  let begin = end;
  while (begin > 0 && text[begin - 1] !== '\n') begin--;
  return text.slice(begin, end);
}

/** Which item of the run has a known year, and that year. */
function anchorOf(run: readonly number[], dates: readonly ResolvedDate[], doc: TextDocument): { position: number; year: number } | null {
  const heading = headingAbove(doc.text, dates[run[0]!]!.candidate.start);
  const headingYear = heading.length <= MAX_HEADING_CHARS ? /\b(1[89]\d\d|20\d\d)\b/.exec(heading) : null;
  if (headingYear) return { position: 0, year: Number(headingYear[1]) };
  const inRun = new Set(run);
  // The same day elsewhere: a written year first, then a clear tense.
  for (const trusted of [(d: ResolvedDate) => d.yearKnown, (d: ResolvedDate) => d.tense === 'past' || d.tense === 'future']) {
    for (let k = 0; k < run.length; k++) {
      const key = monthDay(dates[run[k]!]!);
      const match = dates.find((d, i) => !inRun.has(i) && d.value && hasYear(d.value) && d.candidate.meaning.kind === 'calendar' &&
        d.candidate.meaning.day !== null && monthDay(d) === key && trusted(d));
      if (match) return { position: k, year: yearOf(match.value!) };
    }
  }
  const first = dates[run[0]!]!.value;
  return first && hasYear(first) ? { position: 0, year: yearOf(first) } : null;
}

/** Years for a calendar-ordered run, given one item's year: forwards and backwards, wrapping at New Year. */
function yearsAlong(keys: readonly number[], position: number, year: number): number[] {
  const years: number[] = new Array(keys.length);
  years[position] = year;
  for (let k = position + 1; k < keys.length; k++) years[k] = years[k - 1]! + (keys[k]! < keys[k - 1]! ? 1 : 0);
  for (let k = position - 1; k >= 0; k--) years[k] = years[k + 1]! - (keys[k + 1]! < keys[k]! ? 1 : 0);
  return years;
}
