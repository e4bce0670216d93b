import type { TextDocument } from '../../text/document.js';
import type { DateCandidate } from '../candidate.js';

/** A refiner rewrites the candidate list: merges, drops or widens spans. Candidates arrive sorted by start. */
export interface DateRefiner {
  readonly name: string;
  refine(candidates: DateCandidate[], doc: TextDocument): DateCandidate[];
}

/**
 * One pass that joins each candidate with the one right after it when `join`
 * returns the joined candidate (and keeps both apart when it returns null).
 * Shared by the refiners that make one mention of two adjacent ones.
 */
export function joinNeighbours(
  candidates: readonly DateCandidate[], join: (c: DateCandidate, next: DateCandidate) => DateCandidate | null,
): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    const next = candidates[i + 1];
    const joined = next ? join(c, next) : null;
    if (joined) {
      out.push(joined);
      i++;
    } else {
      out.push(c);
    }
  }
  return out;
}
