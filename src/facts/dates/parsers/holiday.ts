/**
 * Holidays named as days: "before Christmas", "on New Year's Day", "after
 * Easter", "last Thanksgiving", "Easter 2020", "Good Friday". A name that
 * also stands for a feast or a sales event (Christmas, Easter, Thanksgiving,
 * Halloween, Black Friday, Cyber Monday) is a day only after a time
 * preposition, a shift word, or before a year or a part of the day:
 * "Christmas is a time for giving" names the feast, "Black Friday pricing"
 * the sales. Not a day
 * either: a name that goes on ("Christmas Island", "the Easter Rising"),
 * compounds ("Christmas shopping", "Black Friday sales", "the Easter
 * weekend"), and "every Christmas" (a frequency).
 */
import { type DateCandidate, type DateParser, isCapitalized, isFrequency, matchAll, wordAfter, wordBefore } from '../candidate.js';
import { HOLIDAY_FORM_PATTERN, HOLIDAY_FORMS, holidayKey } from '../holidays.js';

const HOLIDAY = new RegExp(`\\b(?:([Ll]ast|[Nn]ext|[Tt]his)\\s+)?(${HOLIDAY_FORM_PATTERN})(?:,?\\s+(\\d{4})(?!\\d))?(?![\\p{L}\\d])`, 'gu');
/** A cheap test that the text names any holiday at all. */
const ANY_HOLIDAY = new RegExp(HOLIDAY_FORM_PATTERN, 'u');

/** "every year on Halloween", "each year at Easter": a custom, not one day. */
const EVERY_YEAR_BEFORE = /\b(?:every|each)\s+year\s+\w+\s+$/i;
/** Words after which such a name is a day. */
const TIME_PREPOSITIONS = new Set([
  'before', 'after', 'by', 'until', 'till', 'since', 'over', 'at', 'on', 'for', 'around', 'near', 'during', 'through',
  'throughout', 'from', 'between',
]);
/** Words that join a second holiday to a first: "from Easter to Christmas", "Christmas and Easter". */
const JOINERS = new Set(['to', 'and', 'or']);
const JOIN_GAP_CHARS = 6;
const DAYPARTS = new Set(['morning', 'afternoon', 'evening', 'night']);
/** Nouns that make the holiday an attribute of something else. */
const COMPOUND_NOUNS = new Set([
  'shopping', 'shoppers', 'season', 'seasons', 'tree', 'trees', 'dinner', 'dinners', 'lunch', 'party', 'parties', 'market',
  'markets', 'sale', 'sales', 'deal', 'deals', 'card', 'cards', 'gift', 'gifts', 'present', 'presents', 'holiday',
  'holidays', 'break', 'decorations', 'lights', 'weekend', 'weekends', 'week', 'period', 'travel', 'rush', 'message',
  'address', 'film', 'movie', 'song', 'songs', 'carol', 'carols', 'bunny', 'egg', 'eggs', 'costume', 'costumes', 'candy',
  'parade', 'special', 'episode', 'truce', 'ceasefire', 'recess', 'spirit', 'story', 'table', 'feast', 'menu', 'meal',
  'service', 'services', 'mass', 'spending', 'quarter', 'retail', 'traffic', 'tradition', 'traditions', 'celebration',
  'celebrations', 'candies', 'chocolates', 'flowers', 'pricing', 'prices', 'price', 'levels', 'discount', 'discounts',
  'offer', 'offers', 'ad', 'ads', 'offensive', 'massacre', 'bombing', 'bombings', 'attack', 'attacks', 'pardon', 'pardons',
]);

export const holidayParser: DateParser = {
  name: 'holiday',
  parse(doc) {
    const out: DateCandidate[] = [];
    if (!ANY_HOLIDAY.test(doc.text) || !doc.english) return out;
    for (const m of matchAll(HOLIDAY, doc.text)) {
      const end = m.index + m[0].length;
      const nameStart = m.index + m[0].indexOf(m[2]!, m[1] ? m[1].length : 0);
      const shift = (m[1]?.toLowerCase() ?? null) as 'last' | 'next' | 'this' | null;
      const before = wordBefore(doc.text, nameStart).toLowerCase();
      const after = wordAfter(doc.text, end);
      if (!shift && (isFrequency(doc.text, nameStart) || EVERY_YEAR_BEFORE.test(doc.text.slice(Math.max(0, nameStart - 24), nameStart)) || /^(?:an?|the)$/.test(before))) continue;
      // "Christmas Island", "the Easter Rising": a longer name.
      if (after && doc.text[end] === ' ' && isCapitalized(after)) continue;
      if (doc.text[end] === ' ' && COMPOUND_NOUNS.has(after.toLowerCase())) continue;
      const holiday = HOLIDAY_FORMS.get(holidayKey(m[2]!))!;
      // "Thanksgiving Day", "Easter Sunday" name the day itself, not the feast or the season.
      const needsCue = holiday.alsoNamesASeason && !/\s(?:Day|Sunday)$/.test(m[2]!);
      if (needsCue && !shift && !m[3] && !DAYPARTS.has(after.toLowerCase()) && !isTimeCue(doc.text, nameStart, before, out)) continue;
      out.push({
        start: m.index,
        end,
        meaning: { kind: 'holiday', holiday: holiday.name, year: m[3] ? Number(m[3]) : null, shift },
        modifier: null,
        rule: 'holiday',
      });
    }
    return out;
  },
};

/** A time preposition before the name, "ahead of", or a joiner right after another holiday. */
function isTimeCue(text: string, nameStart: number, before: string, found: DateCandidate[]): boolean {
  if (TIME_PREPOSITIONS.has(before)) return true;
  if (before === 'of') return /^ahead$/i.test(wordBefore(text, nameStart - before.length - 1));
  const previous = found[found.length - 1];
  return JOINERS.has(before) && previous !== undefined && previous.meaning.kind === 'holiday' && nameStart - previous.end <= JOIN_GAP_CHARS;
}
