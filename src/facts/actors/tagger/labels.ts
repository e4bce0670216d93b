/**
 * The tagger's labels: BIO over the four CoNLL-style classes. A name's first
 * word is B-, its other words I-, other words O; two names side by side
 * ("... beat Leeds Ipswich ...") stay apart because the second opens with B-.
 */

export const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Label ids: 0 = O, then B-/I- for each type in ENTITY_TYPES order. */
export const LABELS: readonly string[] = ['O', ...ENTITY_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`])];
export const LABEL_COUNT = LABELS.length;
export const OUTSIDE = 0;

export function beginOf(type: EntityType): number {
  return 1 + 2 * ENTITY_TYPES.indexOf(type);
}

export function typeOfLabel(label: number): EntityType | null {
  return label === OUTSIDE ? null : ENTITY_TYPES[(label - 1) >> 1]!;
}

export function isInside(label: number): boolean {
  return label !== OUTSIDE && (label - 1) % 2 === 1;
}

/** I-X may only continue a B-X or I-X: the decoder never opens a name with I-. */
export function allowedAfter(previous: number, label: number): boolean {
  if (!isInside(label)) return true;
  return previous !== OUTSIDE && typeOfLabel(previous) === typeOfLabel(label);
}

/** A name the tagger found: a type and the token indexes [first, last]. */
export interface LabelSpan {
  type: EntityType;
  first: number;
  last: number;
}

/** Consecutive B-X I-X ... labels as spans. */
export function spansOfLabels(labels: ArrayLike<number>): LabelSpan[] {
  const spans: LabelSpan[] = [];
  let open: LabelSpan | null = null;
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i]!;
    const type = typeOfLabel(label);
    if (open && isInside(label) && type === open.type) {
      open.last = i;
      continue;
    }
    if (open) spans.push(open);
    open = type ? { type, first: i, last: i } : null;
  }
  if (open) spans.push(open);
  return spans;
}
