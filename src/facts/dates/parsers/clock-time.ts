/**
 * Times of day: "4:30 a.m.", "8 p.m.", "11:04 PM", and 24-hour times that
 * name their zone ("14:51 GMT", "1451 GMT"). A bare "14:51" could be a score
 * or a ratio, so it is not taken.
 */
import { type DateCandidate, type DateParser, matchAll } from '../candidate.js';

const TWELVE_HOUR = /(?<![\d:.])(1[0-2]|0?[1-9])(?::([0-5]\d))?\s?([ap])\.?\s?m\b\.?/gi;
const ZONED = /(?<![\d:.])([01]?\d|2[0-3]):?([0-5]\d)(?=\s(?:GMT|UTC|Zulu)\b)/g;

export const clockTimeParser: DateParser = {
  name: 'clockTime',
  parse(doc) {
    const out: DateCandidate[] = [];
    for (const m of matchAll(TWELVE_HOUR, doc.text)) {
      const hour12 = Number(m[1]) % 12;
      const hour = m[3]!.toLowerCase() === 'p' ? hour12 + 12 : hour12;
      out.push({ start: m.index, end: m.index + m[0].length, meaning: { kind: 'clock', hour, minute: Number(m[2] ?? 0) }, modifier: null, rule: 'clockTime' });
    }
    for (const m of matchAll(ZONED, doc.text)) {
      if (m[0].length === 3) continue; // "930 GMT" is too short to trust
      out.push({ start: m.index, end: m.index + m[0].length, meaning: { kind: 'clock', hour: Number(m[1]), minute: Number(m[2]) }, modifier: null, rule: 'clockTime' });
    }
    return out;
  },
};
