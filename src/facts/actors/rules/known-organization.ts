import { KNOWN_ORGANIZATIONS, isCommonWord, isKnownOrganization, type KnownOrganization } from '../lexicons.js';
import { withoutArticle } from './helpers.js';
import { namesAnIndex } from './index-name.js';
import { candidate, type CandidateRule } from './rule.js';

/** Every name and alias of the lexicon's organizations. */
export const KNOWN_ORGANIZATION_INDEX: ReadonlyMap<string, KnownOrganization> = new Map(
  KNOWN_ORGANIZATIONS.flatMap((org) => [org.name, ...org.aliases].map((n) => [n, org] as const)),
);

/** International bodies and armed groups named without a head noun ("Islamic State", "Hamas", "GOP"). */
export const knownOrganization: CandidateRule = {
  name: 'knownOrganization',
  claim(run, ctx) {
    const text = withoutArticle(run.text);
    const known = KNOWN_ORGANIZATION_INDEX.get(text);
    // "Armed Forces of the Philippines (AFP)": the article's own definition beats the lexicon's.
    const redefined = ctx.definitions.get(text);
    if (known && redefined && !KNOWN_ORGANIZATION_INDEX.has(redefined)) return null;
    // "the X industrial average": a company's name inside an index's is no actor there.
    if ((known || isKnownOrganization(text)) && namesAnIndex(ctx.text, run.end)) return [];
    if (known) {
      const name = writtenName(known, ctx.text, text);
      // The lexicon's name stays an alias when the article does not write it, so its other forms still merge.
      return [candidate('knownOrganization', 'organization', name, run, { aliases: name === known.name ? [...known.aliases] : [known.name, ...known.aliases] })];
    }
    if (isKnownOrganization(text) && !isCommonWord(text)) return [candidate('knownOrganization', 'organization', text, run)];
    return null;
  },
};

/**
 * The lexicon's name when the article writes it, else the form it does write ("U.N.", "Hizbollah"):
 * an actor is named as its article names it, and its other forms stay aliases for merging.
 */
function writtenName(known: KnownOrganization, text: string, written: string): string {
  return text.includes(known.name) ? known.name : written;
}
