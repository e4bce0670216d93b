/**
 * A meta title that is the headline and then keywords or sections set off by pipes or dashes
 * ("Harbour history | Origins, trade, people | Site"): an <h1> that is exactly its first part is the
 * headline readers see, however much longer the rest of the meta title is.
 */
import { normalizeLoose } from '../normalize.js';
import { TITLE_PART_SEPARATOR } from './headline-shape.js';

export function isTitleLeadPart(h1: string, metaTitle: string): boolean {
  const parts = metaTitle.split(TITLE_PART_SEPARATOR);
  if (parts.length < 2) return false;
  const lead = normalizeLoose(parts[0]!);
  return lead.length > 0 && lead.split(' ').length >= 2 && lead === normalizeLoose(h1);
}
