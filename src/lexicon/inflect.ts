/**
 * English verb inflection from a lemma, for the verb table: regular rules,
 * plus the hints a table entry gives for irregular verbs and doubled
 * consonants. (compromise's conjugator was tried first; out of context it
 * gives "tweet" and "quip" as their own past tense, so the table could not
 * trust it.)
 */

export type VerbForm = 'base' | 's' | 'past' | 'ing';

export interface VerbSpelling {
  /** An irregular simple past ("said"). */
  readonly past?: string;
  /** An irregular past participle when it differs from the past ("spoken"). */
  readonly participle?: string;
  /** The final consonant doubles before -ed and -ing ("quipped", "admitting"). */
  readonly double?: boolean;
  /** Second spellings of a form ("labelled", "labelling"), sorted by their ending. */
  readonly also?: readonly string[];
}

const CONSONANT_Y = /[^aeiou]y$/;
const SIBILANT = /(?:s|x|z|ch|sh)$/;

function stemForSuffix(lemma: string, spelling: VerbSpelling): string {
  return spelling.double ? lemma + lemma[lemma.length - 1] : lemma;
}

/** The forms of a verb: base, third person singular, past (and participle), and -ing. */
export function inflect(lemma: string, spelling: VerbSpelling = {}): Record<VerbForm, string[]> {
  const s = SIBILANT.test(lemma) ? `${lemma}es` : CONSONANT_Y.test(lemma) ? `${lemma.slice(0, -1)}ies` : `${lemma}s`;
  const regularPast = lemma.endsWith('e')
    ? `${lemma}d`
    : CONSONANT_Y.test(lemma)
      ? `${lemma.slice(0, -1)}ied`
      : `${stemForSuffix(lemma, spelling)}ed`;
  const ing = /[^eioy]e$/.test(lemma) ? `${lemma.slice(0, -1)}ing` : `${stemForSuffix(lemma, spelling)}ing`;
  const past = [spelling.past ?? regularPast];
  if (spelling.participle && spelling.participle !== past[0]) past.push(spelling.participle);
  const forms: Record<VerbForm, string[]> = { base: [lemma], s: [s], past, ing: [ing] };
  for (const other of spelling.also ?? []) (other.endsWith('ing') ? forms.ing : forms.past).push(other);
  return forms;
}
