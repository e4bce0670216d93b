/**
 * Country of origin from a demonym or country word before a hardware class
 * ("a Russian transport plane", "Russian-made jets", "Iran's drones").
 *
 * A private table until the shared gazetteer (src/facts/text/countries.ts,
 * `countryOfDemonym`) lands; `countryOfOriginWord` is the one function to swap.
 */

// demonym -> country. Lower case keys.
const DEMONYMS: ReadonlyMap<string, string> = new Map([
  ['russian', 'Russia'], ['soviet', 'Soviet Union'], ['american', 'United States'], ['u.s.', 'United States'],
  ['us', 'United States'], ['chinese', 'China'], ['iranian', 'Iran'], ['israeli', 'Israel'], ['turkish', 'Turkey'],
  ['ukrainian', 'Ukraine'], ['french', 'France'], ['british', 'United Kingdom'], ['german', 'Germany'],
  ['italian', 'Italy'], ['spanish', 'Spain'], ['japanese', 'Japan'], ['korean', 'Korea'], ['north korean', 'North Korea'],
  ['south korean', 'South Korea'], ['indian', 'India'], ['pakistani', 'Pakistan'], ['saudi', 'Saudi Arabia'],
  ['syrian', 'Syria'], ['iraqi', 'Iraq'], ['egyptian', 'Egypt'], ['polish', 'Poland'], ['swedish', 'Sweden'],
  ['norwegian', 'Norway'], ['finnish', 'Finland'], ['dutch', 'Netherlands'], ['belgian', 'Belgium'],
  ['canadian', 'Canada'], ['australian', 'Australia'], ['brazilian', 'Brazil'], ['belarusian', 'Belarus'],
  ['taiwanese', 'Taiwan'], ['emirati', 'United Arab Emirates'], ['qatari', 'Qatar'], ['libyan', 'Libya'],
  ['nigerien', 'Niger'], ['nigerian', 'Nigeria'], ['malian', 'Mali'], ['sudanese', 'Sudan'], ['ethiopian', 'Ethiopia'],
  ['greek', 'Greece'], ['czech', 'Czech Republic'], ['swiss', 'Switzerland'], ['austrian', 'Austria'],
  ['yemeni', 'Yemen'], ['lebanese', 'Lebanon'], ['jordanian', 'Jordan'], ['afghan', 'Afghanistan'],
  ['venezuelan', 'Venezuela'], ['cuban', 'Cuba'], ['mexican', 'Mexico'], ['argentine', 'Argentina'],
  ['european', 'Europe'], ['nato', 'NATO'], ['western', 'the West'], ['algerian', 'Algeria'], ['moroccan', 'Morocco'],
  ['tunisian', 'Tunisia'], ['armenian', 'Armenia'], ['azerbaijani', 'Azerbaijan'], ['georgian', 'Georgia'],
  ['kazakh', 'Kazakhstan'], ['indonesian', 'Indonesia'], ['vietnamese', 'Vietnam'], ['filipino', 'Philippines'],
  ['thai', 'Thailand'], ['danish', 'Denmark'], ['romanian', 'Romania'], ['hungarian', 'Hungary'],
  ['bulgarian', 'Bulgaria'], ['serbian', 'Serbia'], ['croatian', 'Croatia'], ['portuguese', 'Portugal'],
  ['irish', 'Ireland'], ['chilean', 'Chile'], ['colombian', 'Colombia'], ['south african', 'South Africa'],
]);

// Country names (and "Russia's" possessives) also give an origin.
const COUNTRY_NAMES: ReadonlyMap<string, string> = new Map(
  [...new Set(DEMONYMS.values())].map((c) => [c.toLowerCase(), c] as const),
);

/**
 * The country a word before a hardware class points to: a demonym ("Russian"),
 * a "-made"/"-built" compound ("Russian-made", "US-built") or a country name
 * ("Russia", "Russia's"). Null when the word is none of these.
 */
export function countryOfOriginWord(word: string): string | null {
  const stem = word
    .replace(/['’]s$/, '')
    .replace(/-(?:made|built|designed|supplied|manufactured|produced|developed|owned|operated)$/i, '');
  if (stem.toLowerCase() === 'us' && stem !== 'US') return null; // the pronoun "us"
  const w = stem.toLowerCase();
  return DEMONYMS.get(w) ?? COUNTRY_NAMES.get(w) ?? null;
}
