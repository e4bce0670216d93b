/**
 * "In 2019 the firm cut 500 jobs, and by the end of the year ...": "the year"
 * is the story's year when the sentence has just named one after "in"/"during";
 * likewise "the month" after "in March". Otherwise it stays the reference
 * year or month.
 */
import { sentenceIndexAt } from '../../text/document.js';
import { wordBefore } from '../candidate.js';
import type { ValueRefiner } from '../resolved.js';

const STORY_TIME_PREPOSITION = /^(?:in|during|throughout)$/i;

export const periodFromStoryTime: ValueRefiner = {
  name: 'periodFromStoryTime',
  refine(dates, doc) {
    return dates.map((d, i) => {
      const c = d.candidate;
      if (c.rule !== 'periodOfTheUnit' || c.meaning.kind !== 'relative' || c.meaning.unit === 'week' || !d.value) return d;
      const length = c.meaning.unit === 'year' ? 4 : 7;
      const sentence = sentenceIndexAt(doc, c.start);
      for (let j = i - 1; j >= 0; j--) {
        const other = dates[j]!;
        if (sentenceIndexAt(doc, other.candidate.start) !== sentence) break;
        const v = other.value;
        if (!v || !/^\d{4}(?:-\d{2})?(?:-\d{2})?$/.test(v) || v.length < length) continue;
        if (!STORY_TIME_PREPOSITION.test(wordBefore(doc.text, other.candidate.start))) continue;
        return { ...d, value: v.slice(0, length) };
      }
      return d;
    });
  },
};
