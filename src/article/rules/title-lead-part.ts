/**
 * A meta title that is the headline and then keywords or sections set off by pipes or dashes
 * ("Harbour history | Origins, trade, people | Site"): an <h1> that is exactly its first part is the
 * headline readers see, however much longer the rest of the meta title is.
 */
import { normalizeLoose } from '../normalize.js';

const PART_SEPARATOR = /\s+[|–—-]\s+/;

export function isTitleLeadPart(h1: string, metaTitle: string): boolean {
  const parts = metaTitle.split(PART_SEPARATOR);
  if (parts.length < 2) return false;
  const lead = normalizeLoose(parts[0]!);
  return lead.length > 0 && lead.split(' ').length >= 2 && lead === normalizeLoose(h1);
}
