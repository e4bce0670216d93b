/**
 * "Overnight, drones struck the port." / "Troops shelled the town overnight."
 * In a story, a bare "overnight" is the night into the reference day (value:
 * that day, modifier "overnight"). "overnight Tuesday" is left to the prefix
 * refiner (the night of that day). Not a date: "overnight gains" (an
 * adjective), "stayed overnight" (a duration), "became a star overnight"
 * (suddenly).
 */
import { type DateCandidate, type DateParser, isSentenceStart, matchAll, wordBefore } from '../candidate.js';

/** Sentence-first "Overnight" before a comma or a determiner ("Overnight, ..." / "Overnight the army ..."). */
const OPENING_OVERNIGHT = /\bOvernight(?=,|\s+(?:the|a|an|at|more|some|about|around|nearly|almost|over|dozens|hundreds|several|two|three|four|five)\s)/g;
/** Mid-sentence "overnight" closing a clause: "launched 40 drones overnight, officials said". */
const CLOSING_OVERNIGHT = /\bovernight(?=\s*[,.;:]|\s+(?:and|as|before|while|when|after)\s)/g;
/** Verbs of staying (a duration) and adverbs of suddenness ("almost overnight") before it. */
const NOT_A_NIGHT_BEFORE = /^(?:stay|stayed|stays|staying|remain|remained|remains|kept|keep|held|hold|detained|jailed|parked|camped|slept|sleep|spent|spend|almost|virtually|literally|seemingly|practically|nearly|happen|happened|change|changed|changes|transformed|disappeared|vanished)$/i;
/** "became a star overnight", "turned into a war zone overnight": suddenly, not at night. */
const SUDDENLY_CLAUSE = /\b(?:became|become|becomes|becoming|turned\s+into|transformed|changed|not\s+happen|won't\s+happen|didn't\s+happen)\b/i;
const CLAUSE_LOOK_BEHIND = 80;

function candidate(start: number): DateCandidate {
  return { start, end: start + 'overnight'.length, meaning: { kind: 'relative', unit: 'day', offset: 0 }, modifier: 'overnight', rule: 'overnight' };
}

export const overnightParser: DateParser = {
  name: 'overnight',
  parse(doc) {
    const out: DateCandidate[] = [];
    if (!/overnight/i.test(doc.text)) return out;
    for (const m of matchAll(OPENING_OVERNIGHT, doc.text)) {
      if (isSentenceStart(doc, m.index)) out.push(candidate(m.index));
    }
    for (const m of matchAll(CLOSING_OVERNIGHT, doc.text)) {
      if (NOT_A_NIGHT_BEFORE.test(wordBefore(doc.text, m.index))) continue;
      const clause = doc.text.slice(Math.max(0, m.index - CLAUSE_LOOK_BEHIND), m.index).split(/[.;:!?]/).pop()!;
      if (SUDDENLY_CLAUSE.test(clause)) continue;
      out.push(candidate(m.index));
    }
    return out.sort((a, b) => a.start - b.start);
  },
};
