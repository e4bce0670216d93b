/**
 * "10 p.m. Wednesday", "noon Saturday", "5 p.m. EST, Nov. 6", "midnight
 * Friday": a time of day written right before its day is one expression, as
 * TimeML counts it, and the time belongs to that day whatever else the
 * sentence names. The day's meaning rides in the clock's (resolved with the
 * sentence's tense like the day alone); the day's modifier stays.
 */
import type { DateMeaning } from '../candidate.js';
import { type DateRefiner, joinNeighbours } from './refiner.js';

/** Only a zone and a comma between the two: "at 9 a.m. on Tuesday" keeps its preposition outside. */
const BETWEEN = /^(?:\s+(?:[A-Z]{1,2}[SD]T|GMT|UTC))?,?\s{1,2}$/;

function namesOneDay(m: DateMeaning): boolean {
  return m.kind === 'weekday' || m.kind === 'holiday' || (m.kind === 'calendar' && m.day !== null) || (m.kind === 'relative' && m.unit === 'day');
}

export const joinClockWithDay: DateRefiner = {
  name: 'joinClockWithDay',
  refine(candidates, doc) {
    return joinNeighbours(candidates, (c, next) =>
      c.meaning.kind === 'clock' && c.meaning.day === undefined && namesOneDay(next.meaning) &&
      next.start - c.end <= 8 && BETWEEN.test(doc.text.slice(c.end, next.start))
        ? { ...c, end: next.end, meaning: { ...c.meaning, day: next.meaning }, modifier: next.modifier, rule: 'joinClockWithDay' }
        : null);
  },
};
