/**
 * Abbreviations whose period belongs to the word ("Gen.", "Mr.", "Co.",
 * "No."): titles, honorifics and corporate forms. Lower-cased, without the
 * period. One table for the sentence splitter and every tokenizer, so that
 * a title added here is known everywhere at once.
 */
export const WORD_PERIOD_ABBREVIATIONS: ReadonlySet<string> = new Set([
  // Titles and honorifics.
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'messrs', 'hon', 'rev', 'fr',
  'gen', 'lt', 'col', 'maj', 'capt', 'cmdr', 'adm', 'sgt', 'cpl', 'pvt', 'brig',
  'gov', 'sen', 'sens', 'rep', 'reps', 'pres', 'supt', 'amb', 'atty', 'insp', 'det',
  // Corporate and other short forms.
  'co', 'inc', 'corp', 'ltd', 'bros', 'no', 'vs', 'mt', 'ft',
]);
