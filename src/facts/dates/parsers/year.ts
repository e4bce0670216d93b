/**
 * A bare year, 1800-2099, only in date-ish context: after a preposition or
 * modifier ("in 2013", "since 2002", "until at least 2021"), before a
 * possessive ("2020's"), as "the 2020 session" or "her failed 2004 bid", after
 * "both" or "due" ("in both 2011 and 2012", "notes due 2030"), or opening a sentence. Counts
 * of things ("2000 troops", "1,500", "a score of 2072") are not years, nor
 * are model years ("the 2016 MacBook Pro", "the 2021 model").
 */
import { type DateCandidate, type DateParser, isSentenceStart, matchAll, wordAfter, wordBefore } from '../candidate.js';

// Not part of a longer number: no digit, thousands comma or decimal point around it, and no
// hyphen before it ("F-2021", "1-2020") except in "mid-2025".
const YEAR = /(?<![\d,.$£€#/])(?<!(?<!\b[Mm]id)-)(1[89]\d\d|20\d\d)(?![\d%]|[,.]\d|\/\d|-\d)/g;

const YEAR_INTRODUCERS = new Set([
  'in', 'since', 'by', 'until', 'till', 'from', 'to', 'through', 'between', 'and', 'or', 'before', 'after',
  'during', 'of', 'early', 'mid', 'late', 'around', 'circa', 'least', 'year', 'fiscal', 'throughout', 'for',
  'than', 'spring', 'summer', 'autumn', 'fall', 'winter', 'as', 'into', 'that', 'when', 'ended', 'since',
  'both', 'due',
]);
const DETERMINERS = new Set(['the', 'their', 'its', 'his', 'her', 'our', 'this', 'that', 'a', 'an', 'next', 'last', 'whose']);

/** Nouns that, following a number, make it a count rather than a year. */
const COUNT_NOUNS = new Set([
  'people', 'persons', 'troops', 'soldiers', 'votes', 'voters', 'residents', 'members', 'workers', 'employees', 'jobs',
  'units', 'cars', 'vehicles', 'homes', 'houses', 'deaths', 'cases', 'dollars', 'euros', 'pounds', 'tons', 'tonnes',
  'miles', 'kilometers', 'kilometres', 'km', 'feet', 'meters', 'metres', 'barrels', 'acres', 'points', 'words', 'pages',
  'copies', 'times', 'students', 'children', 'users', 'men', 'women', 'civilians', 'refugees', 'migrants', 'families',
  'hours', 'minutes', 'seconds', 'days', 'weeks', 'months', 'years', 'calories', 'rounds', 'shares', 'visitors',
  'fighters', 'officers', 'police', 'staff', 'delegates', 'seats', 'patients', 'victims', 'prisoners', 'rockets',
  'missiles', 'drones', 'planes', 'aircraft', 'ships', 'tanks', 'guns', 'rifles', 'bombs', 'shells', 'items', 'pieces',
  'stores', 'schools', 'companies', 'firms', 'customers', 'teachers', 'nurses', 'doctors', 'villages', 'buildings',
  'x', 'square', 'mph', 'kg', 'mm', 'cm', 'ft', 'lb', 'lbs', 'percent', 'per', 'more', 'others', 'other', 'of',
]);

export const yearParser: DateParser = {
  name: 'year',
  parse(doc) {
    const out: DateCandidate[] = [];
    for (const m of matchAll(YEAR, doc.text)) {
      const end = m.index + m[0].length;
      const before = wordBefore(doc.text, m.index).toLowerCase().replace(/^mid-$/, 'mid');
      const after = wordAfter(doc.text, end).toLowerCase();
      if (COUNT_NOUNS.has(after) || isStreetNumber(doc.text, end) || isModelYear(doc.text, end)) continue;
      if (before === 'of' && MEASURE_NOUNS.has(wordBefore(doc.text, m.index - before.length - 1).toLowerCase())) continue;
      const possessive = /^['’]s\b/.test(doc.text.slice(end, end + 3));
      const introduced = YEAR_INTRODUCERS.has(before) || doc.text[m.index - 1] === '-' && before === '';
      // "the 2020 session", "Holcomb's 2016 campaign"
      const determinerBeforeNoun = (DETERMINERS.has(before) || /['’]s$/.test(before)) && /^[a-z]/.test(after);
      const describedEvent = isAdjectiveBeforeNoun(doc.text, m.index, end, before);
      const opensSentence = isSentenceStart(doc, m.index) || isSentenceStart(doc, m.index - 1);
      if (!(introduced || possessive || determinerBeforeNoun || describedEvent || opensSentence)) continue;
      const year = Number(m[1]);
      out.push({ start: m.index, end, meaning: { kind: 'calendar', year, month: null, day: null }, modifier: null, rule: 'year' });
    }
    return out;
  },
};

/** Adjective endings that describe an event, not a number: "failed", "unsuccessful", "historic", "disastrous", "decisive". */
const EVENT_ADJECTIVE = /^(?:un)?[a-z]{2,}(?:ed|ful|ic|ous|ive)$/;
/** Adjectives of this shape that measure a quantity instead: "an estimated 2000 strong crowd", "a massive 1500 strong army". */
const QUANTITY_ADJECTIVES = new Set([
  'estimated', 'reported', 'added', 'combined', 'expected', 'projected', 'unexpected', 'massive', 'impressive',
  'extensive', 'excessive', 'unprecedented', 'unspecified', 'undisclosed',
]);

/**
 * "her failed 2004 bid", "his unsuccessful 1996 campaign": a determiner or a
 * possessive, one adjective, the year, then a singular lowercase noun. A
 * plural noun after it reads as a count ("the added 1500 seats").
 */
function isAdjectiveBeforeNoun(text: string, index: number, end: number, before: string): boolean {
  if (!EVENT_ADJECTIVE.test(before) || QUANTITY_ADJECTIVES.has(before)) return false;
  const after = wordAfter(text, end);
  if (!/^[a-z]+$/.test(after) || /[^s]s$/.test(after)) return false;
  const determiner = wordBefore(text, index - before.length - 1);
  return DETERMINERS.has(determiner.toLowerCase()) || /['’]s$/.test(determiner);
}

/** "a score of 2072", "a total of 1999": after these, "of" introduces a quantity. */
const MEASURE_NOUNS = new Set([
  'score', 'total', 'rate', 'value', 'price', 'sum', 'height', 'depth', 'altitude', 'population', 'figure', 'tally',
  'count', 'average', 'index', 'level', 'reading', 'speed', 'budget', 'cost', 'balance', 'capacity', 'weight', 'number',
]);

/**
 * Makers and product lines whose names follow a model year ("the 2020 Audi
 * e-tron", "the 2016 MacBook Pro"). A model year names a product, not a time,
 * so it is not a date; "the 2020 session" or "the 2008 Olympics" still are.
 */
const PRODUCT_NAMES = new Set([
  'audi', 'bmw', 'mercedes', 'mercedes-benz', 'porsche', 'volkswagen', 'vw', 'toyota', 'honda', 'nissan', 'mazda',
  'subaru', 'hyundai', 'kia', 'ford', 'chevrolet', 'chevy', 'gmc', 'cadillac', 'buick', 'dodge', 'jeep', 'chrysler',
  'lincoln', 'tesla', 'volvo', 'jaguar', 'lexus', 'acura', 'infiniti', 'mitsubishi', 'fiat', 'bentley', 'ferrari',
  'lamborghini', 'maserati', 'mclaren', 'rolls-royce', 'harley-davidson', 'ducati', 'kawasaki', 'suzuki', 'yamaha',
  'polestar', 'rivian', 'skoda', 'seat', 'peugeot', 'renault', 'citroen', 'opel', 'mini', 'land', 'range',
  'macbook', 'imac', 'iphone', 'ipad', 'ipod', 'mac', 'galaxy', 'pixel', 'surface', 'thinkpad', 'kindle', 'xbox',
  'playstation', 'chromebook',
]);
/** Words after a year that make it a model year: "the 2016 model", "a 2018 model-year car". */
const MODEL_WORDS = /^(?:models?|model-year|edition)$/i;

/** A year that opens a product name: a known maker or line, a model word, or a model code ("RAV4", "i9", "e-tron"). */
function isModelYear(text: string, end: number): boolean {
  if (text[end] !== ' ') return false;
  const next = /^ ([\p{L}\p{N}-]+)/u.exec(text.slice(end, end + 40))?.[1] ?? '';
  if (MODEL_WORDS.test(next) || PRODUCT_NAMES.has(next.toLowerCase())) return true;
  // Model codes mix letters with digits or with inner capitals; a plain word ("Olympics") does not.
  return /^(?=.*\p{L})(?=.*\d)[\p{L}\d-]+$/u.test(next) || /^\p{Ll}+\p{Lu}|^\p{Lu}\p{Ll}+\p{Lu}/u.test(next) || /^\p{Ll}-\p{L}/u.test(next);
}

const STREET_TYPES = /^(?:Street|St|Avenue|Ave|Road|Rd|Drive|Dr|Boulevard|Blvd|Lane|Ln|Way|Court|Ct|Place|Pl|Highway|Hwy|Parkway|Pkwy|Terrace|Circle)\b/;

/** "1909 Jolinda Drive": a house number, seen as one or two capitalised words then a street type. */
function isStreetNumber(text: string, end: number): boolean {
  const next = /^ ([A-Z][a-z]+)(?: ([A-Z][a-z]+))?(?: ([A-Z][a-z]+))?/.exec(text.slice(end, end + 60));
  if (!next) return false;
  return [next[1], next[2], next[3]].some((w) => w !== undefined && STREET_TYPES.test(w));
}
