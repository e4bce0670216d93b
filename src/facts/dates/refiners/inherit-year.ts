/**
 * "from February 2016 through May", "Oct. 3, 2019 ... Oct. 9": a date without
 * a year that closely follows a dated month in the same sentence shares its
 * year. Only month-bearing dates lend their year: a bare year is often in
 * another clause ("who won in 2016, said in March"); nor does a date across a
 * verb of its own.
 */
import { sentenceIndexAt } from '../../text/document.js';
import type { DateCandidate } from '../candidate.js';
import type { DateRefiner } from './refiner.js';

const MAX_GAP_CHARS = 60;
/**
 * A finite verb between the two starts another clause with its own time:
 * "joined in July 1990, will play on May 3" says nothing of May's year.
 */
const OWN_VERB_BETWEEN = /\b(?:will|would|shall|is|are|was|were|has|have|had|said|says)\b|\w['’]ll\b/i;

export const inheritYear: DateRefiner = {
  name: 'inheritYear',
  refine(candidates, doc) {
    const out: DateCandidate[] = [];
    for (const c of candidates) {
      const previous = out[out.length - 1];
      const m = c.meaning;
      const p = previous?.meaning;
      if (
        m.kind === 'calendar' && m.year === null && m.month !== null &&
        previous && p?.kind === 'calendar' && p.year !== null && p.month !== null &&
        c.start - previous.end <= MAX_GAP_CHARS &&
        !OWN_VERB_BETWEEN.test(doc.text.slice(previous.end, c.start)) &&
        sentenceIndexAt(doc, previous.start) === sentenceIndexAt(doc, c.start)
      ) {
        out.push({ ...c, meaning: { ...m, year: p.year }, rule: `${c.rule}+inheritYear` });
        continue;
      }
      out.push(c);
    }
    return out;
  },
};
