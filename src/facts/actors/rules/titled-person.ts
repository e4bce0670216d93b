import { HONORIFICS } from '../../../lexicon/names.js';
import { IDENTITY_WORDS, PORTFOLIO_WORDS, TITLES_TAKING_PORTFOLIO, TITLE_MODIFIERS, WEAK_TITLES, isKnownPlace } from '../lexicons.js';
import { isCapitalized, lower, makeRun, type Run } from '../tokens.js';
import { acronym } from './acronym.js';
import type { RuleContext } from './context.js';
import { precedingRoleWords } from './cues.js';
import { countryNamed, demonymCountry } from './gazetteer.js';
import { isNameToken, isTitleWord, withoutArticle } from './helpers.js';
import { knownOrganization } from './known-organization.js';
import { organizationShape } from './organization-shape.js';
import { candidate, type Candidate, type CandidateRule } from './rule.js';

/**
 * "Russian President Vladimir Putin", "Gen. X Y", "Mr. Halvard": a title
 * block followed by name words makes a person; a rank, standing or portfolio
 * right before the title belongs to it ("Deputy Foreign Minister", "Rear
 * Admiral"); words before all that are the affiliation (a country, demonym or
 * organization).
 */
export const titledPerson: CandidateRule = {
  name: 'titledPerson',
  claim(run, ctx) {
    const toks = run.tokens;
    for (let t = 0; t < toks.length - 1; t++) {
      if (!isTitleWord(toks[t]!)) continue;
      let u = t;
      while (u + 1 < toks.length && isTitleWord(toks[u + 1]!)) u++;
      // "Secretary of State X", "Minister for Foreign Affairs X Y Z": the portfolio belongs to the title.
      if (/^(?:of|for)$/.test(toks[u + 1]?.text ?? '') && TITLES_TAKING_PORTFOLIO.has(lower(toks[u]!))) {
        let v = u + 1;
        while (v + 1 < toks.length && PORTFOLIO_WORDS.has(lower(toks[v + 1]!))) v++;
        if (v > u + 1) u = v;
      }
      // "Deputy Foreign Minister X", "Rear Admiral X": modifiers right before the title are the role's.
      let from = t;
      while (from > 0 && TITLE_MODIFIERS.has(lower(toks[from - 1]!))) from--;
      const block = toks.slice(from, u + 1);
      const names = toks.slice(u + 1);
      if (names.length === 0 || names.length > 5) return null;
      const strong = block.some((b) => !WEAK_TITLES.has(lower(b)));
      if (!strong && block.length < 2) continue;
      if (!names.every((n) => isNameToken(n, ctx)) || !isCapitalized(names[0]!)) continue;
      const nameRun = makeRun(ctx.text, names);
      const role = ctx.text.slice(block[0]!.start, block[block.length - 1]!.end);
      const out: Candidate[] = [];
      let affiliation: string | null = null;
      if (from > 0) {
        const prefix = makeRun(ctx.text, toks.slice(0, from));
        const affiliated = affiliationOf(prefix, ctx);
        affiliation = affiliated.name;
        out.push(...affiliated.candidates);
      }
      // Honorifics say nothing about the role: "Mr. X" has none.
      const roles = [...precedingRoleWords(run, ctx), ...(HONORIFICS.has(role.toLowerCase().replace(/\.$/, '')) ? [] : [role])];
      out.unshift(candidate('titledPerson', 'person', nameRun.text, nameRun, { roles, affiliation }));
      return out;
    }
    return null;
  },
};

const PARTY_ADJECTIVES: Readonly<Record<string, string>> = {
  republican: 'Republican Party',
  democratic: 'Democratic Party',
  democrat: 'Democratic Party',
  gop: 'Republican Party',
};

/** What the words before a title say about the person's affiliation. */
function affiliationOf(prefix: Run, ctx: RuleContext): { name: string | null; candidates: Candidate[] } {
  const text = withoutArticle(prefix.text);
  const country = countryNamed(ctx, text);
  if (country) return { name: country.name, candidates: [candidate('titlePrefixCountry', 'country', country.name, prefix)] };
  const ofDemonym = demonymCountry(ctx, text);
  if (ofDemonym) return { name: ofDemonym.name, candidates: [] };
  // "Kentucky GOP", "Republican": a party word inside the prefix.
  for (const t of prefix.tokens) {
    const party = PARTY_ADJECTIVES[lower(t)];
    if (party) return { name: party, candidates: [candidate('titlePrefixParty', 'organization', party, makeRun(ctx.text, [t]))] };
  }
  if (isKnownPlace(text) || prefix.tokens.every((t) => IDENTITY_WORDS.has(lower(t)))) return { name: null, candidates: [] };
  const claimed = organizationShape.claim(prefix, ctx) ?? acronym.claim(prefix, ctx) ?? knownOrganization.claim(prefix, ctx);
  if (claimed && claimed.length > 0) return { name: claimed[0]!.name, candidates: claimed };
  // A bare name before a title ("Acme Chief Executive Jane Roe") is the employer, but without a
  // shape we cannot tell it from a place: keep it as the affiliation only.
  return { name: text, candidates: [] };
}
