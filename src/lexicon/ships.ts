/**
 * Prefixes of ship names ("USS", "HMS", "JS Takanami"), lower case: a name
 * after one is a vessel, equipment rather than an actor.
 */

/** Prefixes that mean a ship wherever they stand before a capitalized name. */
export const SHIP_PREFIXES: ReadonlySet<string> = new Set([
  'uss', 'hms', 'hmas', 'hmcs', 'hmnzs', 'ins', 'rfs', 'jds', 'ros', 'usns', 'uscgc', 'brp', 'kri', 'tcg', 'roks', 'hnlms',
  'hdms', 'hnoms', 'hswms', 'esps', 'nrp', 'pns', 'bns', 'ara', 'cns', 'fgs', 'bap', 'knm', 'hmis',
]);

/**
 * Ship prefixes that are also common abbreviations ("JS" JavaScript, "MV"
 * music video): a vessel only after a class word or "the" ("the destroyer JS
 * Takanami", "the MV Dali").
 */
export const WEAK_SHIP_PREFIXES: ReadonlySet<string> = new Set(['js', 'mv', 'mt', 'fs', 'its', 'rss', 'kd', 'rv', 'ss', 'sps', 'hs',
  'iris', 'sas', 'arm',
  'ens']);
