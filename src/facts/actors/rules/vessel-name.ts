/** vesselName: a name after a ship prefix is a vessel, not an actor. */
import { SHIP_PREFIXES } from '../lexicons.js';
import type { CandidateRule } from './helpers.js';

/** "JS Takanami", "USS Ford": a ship's name is equipment, never an actor. */
export const vesselName: CandidateRule = (run) => (SHIP_PREFIXES.has(run.tokens[0]!.text) && run.tokens.length > 1 ? [] : null);
