/** Words inside and after personal names, for every extractor that reads names. */

/** Lower-case particles inside personal names ("Amira bin Sayed", "Ludwig van Beethoven"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'bin', 'ibn', 'bint', 'al', 'el', 'de', 'del', 'della', 'di', 'da', 'dos', 'das', 'do', 'du', 'van', 'von', 'der',
  'den', 'le', 'la', 'ter', 'ten', 'abu', 'ould',
]);

/** Generational suffixes after a name, lower case without a period ("Jr.", "III"). */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/**
 * Honorifics: they stand before a name like titles but say nothing about a
 * role ("Mr. X" has none). Lower case, without the period.
 */
export const HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'sir', 'dame', 'messrs']);
