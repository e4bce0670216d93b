/**
 * Earnings copy is about one quarter: after "third-quarter profit rose",
 * "the quarter", "the latest period" are that quarter, and "a year ago",
 * "a year earlier", "year-earlier", "the year-ago quarter" are the same
 * quarter of the year before ("1988-Q3"), which is what they compare with.
 * The quarter in focus is the nearest numbered one before the mention (or,
 * for a mention that opens the story, the first one after it) within the
 * reach of a news story's few paragraphs.
 */
import type { DateCandidate } from '../candidate.js';
import type { ResolvedDate, ValueRefiner } from '../resolved.js';

const NUMBERED_QUARTER = /^(\d{4})-Q([1-4])$/;
/** How far, in characters, a named quarter stays in focus. */
const FOCUS_REACH = 1500;

/** year * 4 + quarter of a "YYYY-Qn" value, for order. */
function quarterNumber(value: string): number {
  const m = NUMBERED_QUARTER.exec(value);
  return m ? Number(m[1]) * 4 + Number(m[2]) : Number.POSITIVE_INFINITY;
}

function isBareQuarter(c: DateCandidate): boolean {
  return c.meaning.kind === 'quarter' && c.meaning.part === 'Q' && c.meaning.index === null && c.meaning.shift !== 'this' && c.meaning.shift !== 'next';
}

/** "a year ago", "a year earlier", "year-ago": a year back from the story's time. */
function isYearBack(c: DateCandidate): boolean {
  return (c.rule === 'ago' || c.rule === 'yearEarlier') && c.meaning.kind === 'relative' && c.meaning.unit === 'year' && c.meaning.offset === -1;
}

export const quarterInFocus: ValueRefiner = {
  name: 'quarterInFocus',
  refine(dates) {
    const numbered = dates
      .map((d, i) => ({ i, start: d.candidate.start, m: d.value ? NUMBERED_QUARTER.exec(d.value) : null, d }))
      .filter((x) => x.m && x.d.candidate.meaning.kind === 'quarter' && x.d.candidate.meaning.index !== null &&
        !(x.d.candidate.meaning.kind === 'quarter' && x.d.candidate.meaning.shift === 'yearEarlier'));
    if (numbered.length === 0) return dates;
    const focusAt = (start: number): { year: number; index: number } | null => {
      let best: (typeof numbered)[number] | null = null;
      for (const q of numbered) {
        if (q.start < start && start - q.start <= FOCUS_REACH) best = q;
      }
      best ??= numbered.find((q) => q.start > start && q.start - start <= FOCUS_REACH) ?? null;
      return best ? { year: Number(best.m![1]), index: Number(best.m![2]) } : null;
    };
    return dates.map((d): ResolvedDate => {
      const c = d.candidate;
      if (!d.value) return d;
      const bare = isBareQuarter(c);
      if (!bare && !isYearBack(c)) return d;
      const focus = focusAt(c.start);
      if (!focus) return d;
      // "the latest quarter" is one already over: a quarter in focus that is later (a forecast) is not it.
      if (c.meaning.kind === 'quarter' && c.meaning.shift === 'latest' && focus.year * 4 + focus.index > quarterNumber(d.value)) return d;
      const back = !bare || (c.meaning.kind === 'quarter' && c.meaning.shift === 'yearEarlier') ? 1 : 0;
      return { ...d, value: `${String(focus.year - back).padStart(4, '0')}-Q${focus.index}` };
    });
  },
};
