/**
 * Country of origin from a demonym or country word before a hardware class
 * ("a Russian transport plane", "Russian-made jets", "Iran's drones"), read
 * through the shared gazetteer (src/facts/text/countries.ts).
 */
import { countryOfDemonym, findCountryByName } from '../text/countries.js';

const MADE_SUFFIX = /-(?:made|built|designed|supplied|manufactured|produced|developed|owned|operated)$/i;

// Origins that are not present-day states but do name where hardware comes from.
const FORMER_STATES_AND_BLOCS: ReadonlyMap<string, string> = new Map([
  ['soviet', 'Soviet Union'], ['soviet-era', 'Soviet Union'], ['nato', 'NATO'], ['western', 'the West'],
  ['european', 'Europe'],
]);

/**
 * The country a word before a hardware class points to: a demonym ("Russian"),
 * a "-made"/"-built" compound ("Russian-made", "US-built") or a country name
 * ("Russia", "Russia's", "U.S."). Null when the word is none of these; the
 * pronoun "us" is not the United States.
 */
export function countryOfOriginWord(word: string): string | null {
  const stem = word
    .replace(/['’]s$/, '')
    .replace(MADE_SUFFIX, '');
  if (stem.length < 2) return null;
  const bloc = FORMER_STATES_AND_BLOCS.get(stem.toLowerCase());
  if (bloc !== undefined) return bloc;
  // Demonyms are adjectives here; plural forms ("Russians") are people, not origins.
  const demonym = /s$/i.test(stem) ? null : countryOfDemonym(stem);
  return (demonym ?? findCountryByName(stem))?.name ?? null;
}

/**
 * The adjective that names an origin word's country in a name: a demonym as
 * written ("Japanese", "Russian" from "Russian-made"), or the country's own
 * demonym for a name ("Iran's" gives "Iranian"). Null when there is none.
 */
export function originAdjective(word: string): string | null {
  const stem = word.replace(/['’]s$/, '').replace(MADE_SUFFIX, '');
  if (countryOfDemonym(stem) !== null && !/s$/i.test(stem)) return stem;
  if (FORMER_STATES_AND_BLOCS.has(stem.toLowerCase())) return stem;
  return findCountryByName(stem)?.demonyms[0] ?? null;
}

// "howitzers supplied by Germany", "drones, made in Iran,", "missiles that were provided by the United States".
const ORIGIN_AFTER = /^,?\s+(?:(?:which|that)\s+(?:was|were|had been|have been)\s+|(?:were|was)\s+)?(?:(?:supplied|provided|donated|gifted|made|built|manufactured|produced|designed|developed|sent|delivered|sold)\s+by|(?:made|built|manufactured|produced)\s+in)\s+(?:the\s+)?(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}]*){0,2})/u;

/**
 * The country named right after a mention as its maker or supplier
 * ("howitzers supplied by Germany", "drones made in Iran"), with the words
 * that name it, or null. A buyer ("sold to Algeria") is never the origin.
 */
export function originAfter(text: string, end: number): { origin: string; word: string } | null {
  const m = ORIGIN_AFTER.exec(text.slice(end, end + 80));
  if (!m) return null;
  // The longest run of capitalized words that names a country ("United States", not "United States Army").
  const words = m[1]!.split(/\s+/);
  for (let n = words.length; n > 0; n--) {
    const name = words.slice(0, n).join(' ');
    const country = findCountryByName(name) ?? (n === 1 ? countryOfDemonym(name) : null);
    if (country) return { origin: country.name, word: name };
  }
  return null;
}
