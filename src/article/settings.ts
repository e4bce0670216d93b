/**
 * The knobs of the article stage (finding the body in a page), named in one
 * place. Each was tuned on `npm run bench:article`; change one and measure
 * there. Fractions are of characters unless said otherwise.
 */
export interface ContentSettings {
  /** Shortest text (characters) that counts as a paragraph when scoring a container. */
  readonly paragraphMinChars: number;
  /** Score added to a container whose class or id names the body ("article-body", itemprop=articleBody). */
  readonly bodyClassWeight: number;
  /** Score added for a content-like class or id ("content", "story") that does not name the body. */
  readonly positiveClassWeight: number;
  /** Score taken off for a boilerplate-like class or id ("comment", "sidebar", "promo"). */
  readonly negativeClassWeight: number;
  /** A hidden or boilerplate-looking container is a page wrapper, and kept, when it holds more than this share of the page's text… */
  readonly wrapperShare: number;
  /** …and at least this many characters. */
  readonly wrapperMinChars: number;
  /** A container that holds this much body-like text (article, itemprop=articleBody) is a wrapper whatever its share. */
  readonly wrapperBodyChars: number;
  /** Other candidates scoring at least this share of the best one are chunks of the same split body; their common ancestor is the body. */
  readonly alternativeShare: number;
  /** The pick climbs to its parent while the parent scores at least this share of the best… */
  readonly climbScoreShare: number;
  /** …and the parent's link density stays at or under this. */
  readonly climbMaxLinkDensity: number;
  /** A body-named container above the pick is taken only when its link density is under this. */
  readonly namedBodyMaxLinkDensity: number;
  /** How many levels above the scorer's pick a body-named container may sit. */
  readonly namedBodyClimb: number;
  /** A same-class chunk joins the body with at least this many characters (and the named-body link density limit). */
  readonly chunkMinChars: number;
  /** A sibling of the pick joins the body when it scores this share of the best… */
  readonly siblingScoreShare: number;
  /** …but never less than this score… */
  readonly siblingMinScore: number;
  /** …and its link density is under this. */
  readonly siblingMaxLinkDensity: number;
  /** A sibling <p> joins anyway when it is longer than this and its link density is under `siblingParagraphMaxLinkDensity`. */
  readonly siblingParagraphMinChars: number;
  readonly siblingParagraphMaxLinkDensity: number;
  /** The whole selection is navigation (no article) when links make up more than this share of it. */
  readonly selectionMaxLinkDensity: number;
  /** Inside the body, a block that is mostly links (over this density)… */
  readonly navBlockLinkDensity: number;
  /** …shorter than this… */
  readonly navBlockMaxChars: number;
  /** …with less non-link text than this, is navigation ("Read more: <a>…</a>"). */
  readonly navTailChars: number;
  /** Boilerplate patterns (credits, share prompts) are tried only on blocks shorter than this. */
  readonly boilerplateMaxChars: number;
  /** Block-level widgets inside the body: lists with link density over this and less than `listItemMaxChars` of non-link text per item are link lists. */
  readonly listMaxLinkDensity: number;
  readonly listItemMaxChars: number;
  /** Tables with link density over this are link tables. */
  readonly tableMaxLinkDensity: number;
  /** Divisions with link density over this and shorter than `widgetMaxChars` are widgets. */
  readonly widgetMaxLinkDensity: number;
  readonly widgetMaxChars: number;
  /** Trailing heading-like stubs shorter than this are dropped from the end of the body. */
  readonly trailingStubMaxChars: number;
}

export const CONTENT_SETTINGS: ContentSettings = {
  paragraphMinChars: 25,
  bodyClassWeight: 50,
  positiveClassWeight: 25,
  negativeClassWeight: 25,
  wrapperShare: 0.4,
  wrapperMinChars: 500,
  wrapperBodyChars: 1000,
  alternativeShare: 0.75,
  climbScoreShare: 0.85,
  climbMaxLinkDensity: 0.35,
  namedBodyMaxLinkDensity: 0.3,
  namedBodyClimb: 3,
  chunkMinChars: 100,
  siblingScoreShare: 0.2,
  siblingMinScore: 10,
  siblingMaxLinkDensity: 0.4,
  siblingParagraphMinChars: 80,
  siblingParagraphMaxLinkDensity: 0.25,
  selectionMaxLinkDensity: 0.6,
  navBlockLinkDensity: 0.5,
  navBlockMaxChars: 400,
  navTailChars: 40,
  boilerplateMaxChars: 300,
  listMaxLinkDensity: 0.5,
  listItemMaxChars: 50,
  tableMaxLinkDensity: 0.4,
  widgetMaxLinkDensity: 0.5,
  widgetMaxChars: 2000,
  trailingStubMaxChars: 40,
};
