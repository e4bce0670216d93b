import { SHIP_PREFIXES } from '../lexicons.js';
import type { CandidateRule } from './rule.js';

/** "JS Takanami", "USS Ford": a ship's name is equipment, never an actor. */
export const vesselName: CandidateRule = { name: 'vesselName', claim: (run) => (SHIP_PREFIXES.has(run.tokens[0]!.text) && run.tokens.length > 1 ? [] : null) };
