import { HARDWARE_HEADS, NAME_SUFFIXES, NON_ORG_ACRONYMS, STATISTIC_ACRONYMS, isCommonWord } from '../lexicons.js';
import { isAllCaps, lower, type Token } from '../tokens.js';
import { countryNamed } from './gazetteer.js';
import { isInitial } from './helpers.js';
import { candidate, type CandidateRule } from './rule.js';

/**
 * "FBI", "NASA", "F.B.I.": an all-capital word (2-6 letters) used as a name.
 * Not: technical terms ("CPU", "SAR" defined as "synthetic aperture radar"),
 * words shouted in capitals ("HUGE"), model names ("GTX 1080", "PSLV" where the
 * text spells "Polar Satellite Launch Vehicle").
 */
/** An all-capital statistic or regnal numeral ("ERA", "PMI", "VIII"): after a name, no part of a body's name. */
export function isStatisticAcronym(t: Token): boolean {
  return isAllCaps(t.text) && STATISTIC_ACRONYMS.has(t.text.toLowerCase());
}

export const acronym: CandidateRule = {
  name: 'acronym',
  guessesOrganizations: true,
  claim(run, ctx) {
    const toks = run.tokens;
    if (toks.length === 1) {
      const word = toks[0]!.text;
      const letters = word.replace(/\./g, '');
      if (!isAllCaps(word) || letters.length > 6 || !/^\p{Lu}+$/u.test(letters)) return null;
      if (NON_ORG_ACRONYMS.has(letters.toLowerCase()) || countryNamed(ctx, word)) return [];
      const definition = ctx.definitions.get(letters);
      const definedAsBody = definition !== undefined && !HARDWARE_HEADS.has(definition.split(' ').pop()!.toLowerCase());
      if (!definedAsBody) {
        if (letters.length >= 3 && isCommonWord(letters)) return [];
        if (ctx.termAcronyms.has(letters) || ctx.modifierOnlyAcronyms.has(letters)) return [];
        const next = ctx.tokens[toks[0]!.index + 1];
        if (next && /^\d/.test(next.text) && next.start - toks[0]!.end <= 1) return [];
      }
      return [candidate('acronym', 'organization', word, run)];
    }
    // "Orbital ATK": a multi-word name with an all-capital word in it. Not a term after a name ("Harlow PMI"), a
    // regnal numeral ("Henry VIII"), nor a run all in capitals (a wire headline), where capitals say nothing.
    if (toks.some((t) => !isAllCaps(t.text)) && toks.some((t, i) => i > 0 && isAllCaps(t.text) && !NAME_SUFFIXES.has(lower(t))
      && !isInitial(t) && t.text.length > 2 && !isStatisticAcronym(t))) {
      return [candidate('acronymInName', 'organization', run.text, run)];
    }
    return null;
  },
};
