/**
 * What a page is: an article, a live blog, a listing of cards, a forum thread, a product page,
 * documentation, or something else. The page's own structured data says it most reliably
 * (schema.org types, og:type); the address is the fallback ("/threads/", "/docs/", "/category/").
 * Facts read from a page that is not an article (a shop's product page, a list of teasers) deserve
 * a warning, and listings and threads are extracted whole rather than as their largest block.
 */
import type { PageKind } from '../../schema.js';

export interface PageKindSignals {
  /** schema.org @type values of every JSON-LD object on the page. */
  jsonLdTypes: string[];
  /** og:type, lower-cased, when present. */
  ogType: string | null;
  /** The page's canonical or given URL. */
  url: string | null;
}

const LIVEBLOG = /^LiveBlogPosting$/i;
const FORUM = /^(?:DiscussionForumPosting|QAPage|SocialMediaPosting)$/i;
const PRODUCT = /^(?:Product|ProductGroup|IndividualProduct|Offer|AggregateOffer|SoftwareApplication|MobileApplication|Book|Vehicle|Car)$/i;
const ARTICLE = /(?:Article|BlogPosting|Report|NewsArticle|OpinionNewsArticle|AnalysisNewsArticle|ReviewNewsArticle|Recipe|HowTo|Review)$/i;
const DOCUMENTATION = /^(?:TechArticle|APIReference|SoftwareSourceCode)$/i;
const LISTING = /^(?:CollectionPage|ItemList|SearchResultsPage|OfferCatalog)$/i;

const URL_KINDS: [RegExp, PageKind][] = [
  [/\/(?:live|live-updates|liveblog|live-blog)(?:[/-]|$)/i, 'liveblog'],
  [/\/(?:forums?|threads?|t|topic|topics|questions|discussions?|community|communities|r\/[^/]+\/comments|viewtopic\.php|showthread\.php)(?:[/.?]|$)/i, 'forum'],
  [/\/(?:docs?|documentation|reference|api|manual|handbook|guides?\/api|wiki|kb|knowledge-?base|help)(?:[/.?]|$)/i, 'documentation'],
  [/\/(?:products?|p|dp|item|items|shop\/[^/]+\/[^/]+|store\/[^/]+)\//i, 'product'],
  [/\/(?:category|categories|tag|tags|collections?|search|archive|archives|browse|section|sections)(?:[/.?]|$)/i, 'listing'],
];

export function pageKindOf(signals: PageKindSignals): PageKind {
  const types = signals.jsonLdTypes;
  const has = (re: RegExp): boolean => types.some((t) => re.test(t));
  if (has(LIVEBLOG)) return 'liveblog';
  if (has(FORUM)) return 'forum';
  if (signals.ogType === 'product' || signals.ogType === 'og:product') return 'product';
  if (has(DOCUMENTATION)) return 'documentation';
  // A review of a product is an article that names a product: the article type wins over Product.
  if (has(ARTICLE)) return 'article';
  if (has(PRODUCT)) return 'product';
  if (has(LISTING)) return 'listing';
  if (signals.ogType === 'article') return 'article';
  const path = signals.url ? signals.url.replace(/^https?:\/\/[^/]+/i, '') : '';
  for (const [re, kind] of URL_KINDS) if (re.test(path)) return kind;
  return 'article';
}
