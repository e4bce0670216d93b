/**
 * Seasons as TimeML writes them (SP, SU, FA, WI): "this summer", "last
 * fall", "the winter of 1994", "spring 2020", "this past spring", "the early
 * summer" (the prefix refiner takes "early"). "fall" and "spring" are verbs
 * and nouns far more often than seasons, and a season with no pointer ("in
 * winter", "summer jobs") is any year's, so a season needs a pointer word
 * before it (this, last, next, past, coming, the) or a year after it.
 * Capitalised inside a sentence it is a name ("the Summer Olympics", "Arab
 * Spring").
 */
import { type DateCandidate, type DateParser, isCapitalized, isSentenceStart, matchAll } from '../candidate.js';

const SEASONS: Record<string, 'SP' | 'SU' | 'FA' | 'WI'> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };
const SEASON = /\b(?:(this|last|next|that|the)\s+(?:(past|coming|upcoming)\s+)?)?(spring|summer|fall|autumn|winter)(?:\s+of\s+(\d{4})|[\s,]+(\d{4}))?(?![\w-])/gi;
/** "the fall of Rome", "the spring of the shoe", "the winter of our discontent": "of" something other than a year. */
const OF_A_THING = /^\s+of\b/i;
/** What makes a season an adjective or a noun compound rather than a time: "summer camp" keeps its span, but these are things. */
const THING_AFTER = /^[ \t]+(?:season|collection|line|break|olympics|games|term|semester|session|storm|storms|weather|solstice|equinox|wheat|crop|crops|squash|fashion|tires?|coat|coats|sale|sales|palace|house|school)\b/i;

export const seasonParser: DateParser = {
  name: 'season',
  parse(doc) {
    const out: DateCandidate[] = [];
    const text = doc.text;
    if (!/spring|summer|fall|autumn|winter/i.test(text)) return out; // one cheap scan spares the pattern on most articles
    for (const m of matchAll(SEASON, text)) {
      const word = m[3]!;
      const end = m.index + m[0].length;
      const year = m[4] ?? m[5];
      const determiner = m[1]?.toLowerCase();
      if (!determiner && !year) continue;
      if (isCapitalized(word) && !isSentenceStart(doc, m.index)) continue;
      if (!year && (OF_A_THING.test(text.slice(end, end + 4)) || THING_AFTER.test(text.slice(end, end + 20)))) continue;
      const isVerbOrNoun = /^(?:fall|spring)$/i.test(word);
      // "the fall" alone is more often a drop ("the fall in prices") than autumn.
      if (isVerbOrNoun && (determiner === 'the' || determiner === 'that') && !year && !m[2]) continue;
      const shift = determiner === 'this' || determiner === 'last' || determiner === 'next' ? determiner : null;
      const past = m[2]?.toLowerCase() === 'past';
      out.push({
        // "the winter of 1994" keeps "the"; "this/last/next" are part of the expression too.
        start: m.index, end, modifier: null, rule: 'season',
        meaning: { kind: 'season', season: SEASONS[word.toLowerCase()]!, year: year ? Number(year) : null, shift: past && shift === 'this' ? 'last' : shift },
      });
    }
    return out;
  },
};
