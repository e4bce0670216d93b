import { isCommonWord } from '../lexicons.js';
import { makeRun } from '../tokens.js';
import type { RuleContext } from './context.js';
import { demonymCountry } from './gazetteer.js';
import { isNameToken } from './helpers.js';
import { candidate, type CandidateRule } from './rule.js';
import { firstNameEndingAfter } from './tagger-reading.js';

/** Nationality nouns that are no adjective of a country name: "Frenchman X", "Dutchwoman Y". */
const NATIONALITY_NOUNS: ReadonlySet<string> = new Set([
  'frenchman', 'frenchwoman', 'englishman', 'englishwoman', 'dutchman', 'dutchwoman', 'irishman', 'irishwoman',
  'scotsman', 'scotswoman', 'welshman', 'welshwoman', 'countryman', 'countrywoman',
]);

/**
 * "Australian Rodney Vale", "Frenchman Jean-Luc Pardou": a nationality before a name is how sports and
 * wire copy introduce a person (on the training split, a nationality followed by capitalized words that
 * were no organization head was followed by a person far more often than by anything else). Without this
 * rule the run reads as an identity phrase and is dropped, and the lone surname later reads as a body.
 * The name words must be plain name words, and the name tagger must read a person inside them and no
 * place or body over them: "Danish Kronvik Bank", "Ukrainian Velm Regiment" stay what the other rules say.
 */
export const demonymPerson: CandidateRule = {
  name: 'demonymPerson',
  claim(run, ctx) {
    const toks = run.tokens;
    if (toks.length < 2 || toks.length > 4 || !isNationality(toks[0]!.text, toks[0]!.lower, ctx)) return null;
    const names = toks.slice(1);
    if (!names.every((t) => isNameToken(t, ctx) && !isCommonWord(t.lower) && !ctx.lowercaseWords.has(t.lower))) return null;
    const nameRun = makeRun(ctx.text, names);
    if (!readsPersonInside(ctx, nameRun.start, nameRun.end, names.length === 1)) return null;
    return [candidate('demonymPerson', 'person', nameRun.text, nameRun)];
  },
};

function isNationality(text: string, lower: string, ctx: RuleContext): boolean {
  return NATIONALITY_NOUNS.has(lower) || demonymCountry(ctx, text) !== null;
}

/**
 * The tagger read a person inside [start, end) and nothing else over any of it; a single word must be
 * the whole person span.
 */
function readsPersonInside(ctx: RuleContext, start: number, end: number, whole: boolean): boolean {
  let person = false;
  const { names } = ctx;
  for (let i = firstNameEndingAfter(names, start); i < names.length; i++) {
    const name = names[i]!;
    if (name.start >= end) break;
    if (name.type !== 'PER') return false;
    if (name.start < start || name.end > end) return false;
    if (whole && (name.start !== start || name.end !== end)) return false;
    person = true;
  }
  return person;
}
