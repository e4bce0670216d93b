import { countryOfCapital, countryOfDemonym, findCountryByName, type Country } from '../../text/countries.js';

/**
 * Rules ask the gazetteer about the same run or word several times (trimming,
 * then rule after rule), and articles repeat their names; a multi-word lookup
 * cleans its key with several regexes. So each article keeps the answers, by
 * the text asked about (null: not a country).
 */
export interface GazetteerMemo {
  names: Map<string, Country | null>;
  demonyms: Map<string, Country | null>;
  capitals: Map<string, Country | null>;
}

/** What the lookups need of a rule context: its memo (RuleContext has one). */
export interface WithGazetteer {
  gazetteer: GazetteerMemo;
}

export function newGazetteerMemo(): GazetteerMemo {
  return { names: new Map(), demonyms: new Map(), capitals: new Map() };
}

function remembered(answers: Map<string, Country | null>, text: string, lookUp: (text: string) => Country | null): Country | null {
  let answer = answers.get(text);
  if (answer === undefined) {
    answer = lookUp(text);
    answers.set(text, answer);
  }
  return answer;
}

/** findCountryByName, remembered for the article. */
export function countryNamed(ctx: WithGazetteer, text: string): Country | null {
  return remembered(ctx.gazetteer.names, text, findCountryByName);
}

/** countryOfDemonym, remembered for the article. */
export function demonymCountry(ctx: WithGazetteer, word: string): Country | null {
  return remembered(ctx.gazetteer.demonyms, word, countryOfDemonym);
}

/** countryOfCapital, remembered for the article. */
export function capitalCountry(ctx: WithGazetteer, word: string): Country | null {
  return remembered(ctx.gazetteer.capitals, word, countryOfCapital);
}
