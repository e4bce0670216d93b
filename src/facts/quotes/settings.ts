/**
 * The windows and counts of quote extraction, named in one place. Each was
 * set on our own probe sentences and checked on `node
 * ../shared/benchmarks/run.mjs polnear`; change one and measure there.
 */
export interface QuoteSettings {
  /** How far (in characters) the cue may stand from the quote, before its opening mark or after its closing one. */
  readonly cueWindow: number;
  /** How many paragraphs back a quote without a cue may look for the previous quote's speaker… */
  readonly continuationParagraphs: number;
  /** …and at most this many quotes back (keeps the search constant per quote). */
  readonly continuationQuotes: number;
  /** Characters after a mention in which its pronoun ("Doe said he …") votes on the person's gender. */
  readonly genderWindow: number;
  /** Longest quote (characters) between a mention and the pronoun tag that counts as that mention's ("Doe … “…,” she said"). */
  readonly taggedQuoteWindow: number;
  /** Sentences a pronoun speaker is looked for backwards. */
  readonly focusSentences: number;
  /** Mentions the last-resort "person in focus" needs: one mention is no focus. */
  readonly minFocusMentions: number;
  /**
   * Characters from a sentence's start in which its subject is read. The
   * subject opens the sentence, so reading further finds nothing more; without
   * this bound a text with no sentence end would be read whole for every quote.
   */
  readonly subjectReach: number;
}

export const QUOTE_SETTINGS: QuoteSettings = {
  cueWindow: 300,
  continuationParagraphs: 2,
  continuationQuotes: 6,
  genderWindow: 150,
  taggedQuoteWindow: 400,
  focusSentences: 8,
  minFocusMentions: 2,
  subjectReach: 400,
};
