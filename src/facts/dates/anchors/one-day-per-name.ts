/**
 * A story that names the same bare weekday ("Tuesday") or the same yearless
 * month or day ("March", "Aug. 9") more than once means one day each time,
 * even when the sentences read differently: "he met the envoy Tuesday" and
 * "talks would build on Tuesday's meeting" are one Tuesday, not last week's
 * and next week's. When the tenses gave such mentions different values, they
 * all take the value most of them got; on a tie the earlier one (news looks
 * back far more often than ahead, and one misread cue should not move a
 * reported day into next week).
 *
 * Mentions with a shift word ("next Tuesday", "last March") or a known year
 * keep their value; they say which one they mean.
 */
import type { ResolvedDate, ValueRefiner } from '../resolved.js';

/** The name a mention shares with its repeats, or null when it is not a bare weekday or yearless month/day. */
function nameOf(d: ResolvedDate): string | null {
  const m = d.candidate.meaning;
  if (!d.value || !/^\d{4}-\d{2}(?:-\d{2})?$/.test(d.value)) return null;
  if (m.kind === 'weekday') return m.shift === null ? `w${m.weekday}` : null;
  // A weekday written beside the day ("Saturday, April 25") already picks its year.
  if (m.kind === 'calendar' && !d.yearKnown && m.year === null && !m.shift && m.weekday === undefined && m.month !== null) return `c${m.month}-${m.day ?? ''}`;
  return null;
}

export const oneDayPerName: ValueRefiner = {
  name: 'oneDayPerName',
  refine(dates, _doc, reference) {
    // Without a reference day the values are anchor-free ("XXXX-03-03") and agree already.
    if (!reference) return dates;
    // One pass to group, one per group: linear in the number of mentions.
    const groups = new Map<string, number[]>();
    dates.forEach((d, i) => {
      const name = nameOf(d);
      if (!name) return;
      const members = groups.get(name);
      if (members) members.push(i);
      else groups.set(name, [i]);
    });
    const out = [...dates];
    for (const members of groups.values()) {
      const counts = new Map<string, number>();
      for (const i of members) counts.set(dates[i]!.value!, (counts.get(dates[i]!.value!) ?? 0) + 1);
      if (counts.size < 2) continue;
      // Values of one group share their form ("2024-03-05" or "2024-03"), so string order is calendar order.
      const best = [...counts].reduce((a, b) => (b[1] > a[1] || (b[1] === a[1] && b[0] < a[0]) ? b : a))[0];
      for (const i of members) out[i] = { ...dates[i]!, value: best };
    }
    return out;
  },
};
