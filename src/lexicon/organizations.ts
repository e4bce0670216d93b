/** Words that make a name an organization's, for every extractor that types names. */

/**
 * Corporate suffixes, lower case without a period: a name ending in one is a
 * company ("Harlan Brothers Co."), and its stem is an alias ("Harlan").
 * Adding a suffix here teaches actors (organization heads, stems) and quotes
 * (organizations as speakers) at once.
 */
export const CORPORATE_SUFFIXES: ReadonlySet<string> = new Set([
  'co', 'corp', 'corporation', 'inc', 'incorporated', 'ltd', 'limited', 'llc', 'plc', 'gmbh', 'ag', 'company', 'group',
]);
