/**
 * What one extraction is told besides its input. One type, carried unchanged
 * from the pipeline down to the extractors that read it, so a new option is
 * added in one place.
 */
export interface ExtractOptions {
  /**
   * YYYY-MM-DD: the day relative expressions ("Thursday", "last week")
   * resolve against; null when unknown. The user gives a fallback
   * (--reference-date); the pipeline decides which day wins for an article
   * (see `referenceDayFor` in pipeline.ts) and hands the facts stage the
   * decided day.
   */
  referenceDate: string | null;
  /**
   * Also report reported speech without quotation marks ("The ministry said
   * that …") as quotes of kind `indirect` (--indirect). Off by default: it is
   * a looser reading than quoted words, for users who ask for it.
   */
  indirect?: boolean;
}
