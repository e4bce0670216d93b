/**
 * The knobs of the acquire stage, named in one place (the README states
 * each one). Change one here and its users follow.
 */
export interface AcquireSettings {
  /**
   * A feed item whose own content (content:encoded, Atom <content>, or the
   * RSS description) has at least this many characters of text, tags
   * removed, carries the full article and is used as it is; a shorter one is
   * a teaser, and the item's link is fetched instead.
   */
  readonly feedFullArticleMinChars: number;
}

export const ACQUIRE_SETTINGS: AcquireSettings = {
  feedFullArticleMinChars: 1000,
};
