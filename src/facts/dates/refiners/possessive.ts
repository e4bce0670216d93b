/**
 * "last year’s coup", "Wednesday’s attack": the possessive belongs to the
 * mention as written (the matching rule drops a trailing 's anyway).
 */
import type { DateRefiner } from './refiner.js';

const POSSESSIVE_AFTER = /^['’]s(?![A-Za-z])/;

export const includePossessive: DateRefiner = {
  name: 'includePossessive',
  refine(candidates, doc) {
    return candidates.map((c) => {
      if (c.meaning.kind === 'clock') return c;
      const m = POSSESSIVE_AFTER.exec(doc.text.slice(c.end, c.end + 3));
      return m ? { ...c, end: c.end + m[0].length } : c;
    });
  },
};
