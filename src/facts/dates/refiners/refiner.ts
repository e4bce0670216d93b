import type { TextDocument } from '../../text/document.js';
import type { DateCandidate } from '../candidate.js';

/** A refiner rewrites the candidate list: merges, drops or widens spans. Candidates arrive sorted by start. */
export interface DateRefiner {
  readonly name: string;
  refine(candidates: DateCandidate[], doc: TextDocument): DateCandidate[];
}
