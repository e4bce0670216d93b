/**
 * The matching rules of GUIDELINES.md, one function each. All comparisons
 * are on normalized strings (normalizeForMatch).
 */
import { normalizeForMatch, normalizedWords } from '../facts/text/normalize.js';

/**
 * True when `predicted` names the same thing as `goldForm`: equal after
 * normalization, or the gold form's words stand in order inside the
 * predicted name with at most `maxExtraWords` extra words.
 */
export function nameMatches(predicted: string, goldForm: string, maxExtraWords: number): boolean {
  const p = normalizedWords(predicted);
  const g = normalizedWords(goldForm);
  if (g.length === 0 || p.length === 0) return false;
  if (p.join(' ') === g.join(' ')) return true;
  if (p.length - g.length > maxExtraWords || p.length < g.length) return false;
  let gi = 0;
  for (const word of p) {
    if (gi < g.length && word === g[gi]) gi++;
  }
  return gi === g.length;
}

/** Equal to the gold name or an alias, or the gold name's words in order (actors: 2 extra, equipment: 3). */
export function entityMatches(
  predicted: string,
  gold: { name: string; aliases?: string[] },
  maxExtraWords: number,
): { matched: boolean; exact: boolean } {
  const p = normalizeForMatch(predicted);
  const forms = [gold.name, ...(gold.aliases ?? [])];
  if (forms.some((f) => normalizeForMatch(f) === p)) return { matched: true, exact: true };
  return { matched: nameMatches(predicted, gold.name, maxExtraWords), exact: false };
}

/** Dates: either normalized text contains the other. */
export function dateTextMatches(predicted: string, gold: string): boolean {
  const p = normalizeForMatch(predicted);
  const g = normalizeForMatch(gold);
  if (p.length === 0 || g.length === 0) return false;
  return p.includes(g) || g.includes(p);
}

/**
 * A date value is right when the gold value is a prefix of the predicted
 * value and the prediction adds at most a time of day.
 */
export function dateValueRight(predicted: string, gold: string): boolean {
  if (!predicted.startsWith(gold)) return false;
  const rest = predicted.slice(gold.length);
  if (rest === '') return true;
  // Only a full day may be extended, and only by a time of day: a clock time or a
  // TimeML part of the day (morning TMO, afternoon TAF, evening TEV, night TNI, daytime TDT).
  return /^\d{4}-\d{2}-\d{2}$/.test(gold) && /^T(?:\d{2}(:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?|MO|AF|EV|NI|DT)$/.test(rest);
}

function wordSet(text: string): Set<string> {
  return new Set(normalizeForMatch(text).split(/[^\p{L}\p{N}']+/u).filter(Boolean));
}

export function jaccard(a: string, b: string): number {
  const x = wordSet(a);
  const y = wordSet(b);
  if (x.size === 0 && y.size === 0) return 0;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared / (x.size + y.size - shared);
}

export const QUOTE_MATCH_THRESHOLD = 0.5;
export const ACTOR_EXTRA_WORDS = 2;
export const EQUIPMENT_EXTRA_WORDS = 3;
