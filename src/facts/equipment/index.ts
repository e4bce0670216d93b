import type { Actor, Equipment } from '../../schema.js';
import type { TextDocument } from '../text/document.js';

export interface EquipmentContext {
  actors: readonly Actor[];
}

/** Equipment: military and technical hardware. */
export function extractEquipment(_doc: TextDocument, _context: EquipmentContext): Equipment[] {
  return [];
}
