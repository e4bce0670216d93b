/**
 * "McAlder", "MacKinnon", "FitzHenry": the capital after a Gaelic or Norman
 * surname prefix is how the family name is spelled, not a brand's inner
 * capital ("DeskHub"). Such a word is read like any other name word: the
 * rules and the tagger decide, not its shape. (On the training split's
 * one-word names of this shape, persons outnumbered bodies many times over.)
 */
const SURNAME_PREFIX_CAPITAL = /^(?:Mc|Mac|Fitz)\p{Lu}\p{Ll}{2,}$/u;

/** The word's inner capital only follows a surname prefix. */
export function hasSurnamePrefix(word: string): boolean {
  return SURNAME_PREFIX_CAPITAL.test(word);
}
