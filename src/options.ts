/**
 * What one extraction is told besides its input. One type, carried unchanged
 * from the pipeline down to the extractors that read it, so a new option is
 * added in one place.
 */
export interface ExtractOptions {
  /**
   * The moment relative expressions ("Thursday", "last week", "this morning")
   * resolve against, in the canonical form of `parseReferenceDate`: a day
   * (YYYY-MM-DD) or a date-time as written in its own zone
   * (YYYY-MM-DDTHH:MM[:SS][zone]); null when unknown. The user gives a
   * fallback (--reference-date); the pipeline decides which one wins for an
   * article (see `referenceDayFor` in pipeline.ts) and hands the facts stage
   * the decided one.
   */
  referenceDate: string | null;
  /**
   * Also report reported speech without quotation marks ("The ministry said
   * that …") as quotes of kind `indirect` (--indirect). Off by default: it is
   * a looser reading than quoted words, for users who ask for it.
   */
  indirect?: boolean;
  /**
   * The date of the feed item the input came from (pubDate, published or
   * updated), when it came from a feed: the anchor for an article whose page
   * states no date of its own, ahead of --reference-date.
   */
  feedItemDate?: string | null;
}

/** A reference moment split into what date resolution reads. */
export interface ReferenceMoment {
  /** The calendar day in the reference's own zone, YYYY-MM-DD. */
  day: string;
  /** Time of day in that zone, or null for a date-only reference. */
  time: { hour: number; minute: number } | null;
  /** "Z", "+05:30", "-0800" as written, or null when the reference has none. */
  zone: string | null;
}

/**
 * ISO-8601 calendar dates and date-times, extended (1998-02-27T08:00:00-05:00)
 * or basic (19980227T0800Z), with a "T" or a space between date and time,
 * minutes optional after the hour, seconds and fractions optional, and an
 * optional zone (Z, ±HH, ±HH:MM, ±HHMM).
 */
const EXTENDED = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2})(?::(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const BASIC = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(?:(\d{2})(?:(\d{2})(?:[.,]\d+)?)?)?(Z|[+-]\d{2}(?:\d{2})?)?)?$/i;

/**
 * The reference moment a string names, or null when it is no valid ISO-8601
 * date or date-time. The day and time are kept as written, in the
 * reference's own zone, not converted to UTC: a reporter counts "Thursday"
 * and "this morning" on the local clock.
 */
export function parseReferenceDate(value: string): ReferenceMoment | null {
  const m = EXTENDED.exec(value.trim()) ?? BASIC.exec(value.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  const dayText = `${m[1]}-${m[2]}-${m[3]}`;
  if (m[4] === undefined) return { day: dayText, time: null, zone: null };
  const hour = Number(m[4]);
  const minute = Number(m[5] ?? 0);
  const second = Number(m[6] ?? 0);
  // 24:00 is midnight at the end of the day; ISO allows it, a clock reading of it is the next day's 00:00.
  if (hour > 24 || minute > 59 || second > 60 || (hour === 24 && (minute > 0 || second > 0))) return null;
  const zone = m[7] ? m[7].toUpperCase() : null;
  if (zone && zone !== 'Z' && (Number(zone.slice(1, 3)) > 23 || Number(zone.replace(':', '').slice(3) || 0) > 59)) return null;
  if (hour === 24) {
    const next = new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
    return { day: next, time: { hour: 0, minute: 0 }, zone };
  }
  return { day: dayText, time: { hour, minute }, zone };
}

/** The canonical string of a reference moment: YYYY-MM-DD, or YYYY-MM-DDTHH:MM plus its zone. */
export function formatReferenceDate(moment: ReferenceMoment): string {
  if (!moment.time) return moment.day;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${moment.day}T${pad(moment.time.hour)}:${pad(moment.time.minute)}${moment.zone ?? ''}`;
}

/** `value` in canonical form, or null when it is no ISO-8601 date or date-time. */
export function normalizeReferenceDate(value: string): string | null {
  const moment = parseReferenceDate(value);
  return moment ? formatReferenceDate(moment) : null;
}
