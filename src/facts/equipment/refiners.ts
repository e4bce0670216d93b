/**
 * Refiners: turn candidate mentions into one entry per distinct thing.
 * - dropOverlaps: a span already claimed by an earlier (stronger) rule wins.
 * - mergeSameThing: same model family, same class, or a bare class word
 *   referring back to the latest thing of its family are one entry.
 * - nameEntry: the most specific mention names the entry (model > class > bare).
 * - assignIds: "e1", "e2"... in order of first mention.
 */
import type { Equipment, Mention } from '../../schema.js';
import type { Candidate } from './rules.js';

/** Families an anaphoric head ("the craft") may refer back to. */
const ANAPHORA_FAMILIES: ReadonlyMap<string, readonly string[]> = new Map([
  ['spacecraft', ['spacecraft']],
]);

/**
 * dropOverlaps: where candidates overlap, keep the one from the earlier rule,
 * or on a tie the longer one ("missile" before "system" loses to "missile
 * system"). A stack sweep in position order: linear in the candidate count.
 */
export function dropOverlaps(groups: readonly (readonly Candidate[])[]): Candidate[] {
  const all = groups.flatMap((g, rank) => g.map((c) => ({ c, rank })));
  all.sort((a, b) => a.c.start - b.c.start || b.c.end - a.c.end);
  const kept: { c: Candidate; rank: number }[] = [];
  for (const item of all) {
    let keep = true;
    while (kept.length > 0) {
      const top = kept[kept.length - 1]!;
      if (top.c.end <= item.c.start) break;
      const better = item.rank < top.rank
        || (item.rank === top.rank && item.c.end - item.c.start > top.c.end - top.c.start);
      if (!better) {
        keep = false;
        break;
      }
      kept.pop();
    }
    if (keep) kept.push(item);
  }
  return kept.map((k) => k.c);
}

interface Entry {
  candidates: Candidate[];
  classKeys: Set<string>;
  heads: Set<string>;
  families: Set<string>;
  modelFamily: string | null;
  lastMention: number;
}

/**
 * The part of a model that stays the same across versions: "Proton" for
 * "Proton-M", "Progress" for "Progress MS-04"; short prefixes keep their
 * number ("S-400" and "S-300" are different systems).
 */
export function modelFamily(model: string): string {
  const first = model.split(' ')[0]!.toLowerCase();
  const stem = first.split('-')[0]!;
  return /^\p{L}{4,}$/u.test(stem) ? stem : first;
}

/** mergeSameThing: group candidates that name one thing. */
export function mergeSameThing(candidates: readonly Candidate[]): Entry[] {
  const entries: Entry[] = [];
  for (const c of candidates) {
    const entry = findEntry(entries, c);
    if (!entry) {
      if (c.anaphoric) continue;
      entries.push({
        candidates: [c], classKeys: new Set([c.classKey]), heads: new Set([c.canonicalHead]), families: new Set([c.family]),
        modelFamily: c.model ? modelFamily(c.model) : null, lastMention: c.start,
      });
      continue;
    }
    entry.candidates.push(c);
    entry.classKeys.add(c.classKey);
    entry.heads.add(c.canonicalHead);
    entry.families.add(c.family);
    entry.modelFamily ??= c.model ? modelFamily(c.model) : null;
    entry.lastMention = c.start;
  }
  return entries;
}

function findEntry(entries: readonly Entry[], c: Candidate): Entry | undefined {
  const family = c.model ? modelFamily(c.model) : null;
  if (family !== null) {
    const sameModel = entries.find((e) => e.modelFamily === family);
    if (sameModel) return sameModel;
  }
  const sameClass = entries.find(
    (e) => e.classKeys.has(c.classKey) && (family === null || e.modelFamily === null),
  );
  if (sameClass) return sameClass;
  if (c.bare || c.anaphoric) {
    const families = c.anaphoric ? ANAPHORA_FAMILIES.get(c.family) ?? [c.family] : [c.family];
    return latest(entries.filter((e) => families.some((f) => e.families.has(f)) || e.heads.has(c.canonicalHead)));
  }
  if (family === null) {
    // A modified class after a bare one of the same head: "satellites ... communication satellites".
    return latest(entries.filter((e) => e.heads.has(c.canonicalHead) && e.candidates.every((k) => k.bare)));
  }
  return undefined;
}

function latest(entries: readonly Entry[]): Entry | undefined {
  let best: Entry | undefined;
  for (const e of entries) if (!best || e.lastMention > best.lastMention) best = e;
  return best;
}

function specificity(c: Candidate): number {
  if (c.properName !== null) return 4;
  if (c.model !== null) return 3;
  return c.bare ? 1 : 2;
}

/** nameEntry: the most specific, earliest mention names the entry; the model is prefixed to a class phrase. */
export function nameEntry(entry: Entry): string {
  let best = entry.candidates[0]!;
  for (const c of entry.candidates) if (specificity(c) > specificity(best)) best = c;
  if (best.properName !== null && best.properName !== best.classPhrase) return `${best.properName} ${best.classPhrase}`;
  if (best.model !== null && best.model !== best.classPhrase) return `${best.model} ${best.classPhrase}`;
  return best.classPhrase;
}

function firstNonNull<T>(values: readonly (T | null)[]): T | null {
  for (const v of values) if (v !== null) return v;
  return null;
}

/** assignIds: build the output records, ids "e1", "e2"... in order of first mention. */
export function assignIds(entries: readonly Entry[], text: string): Equipment[] {
  return entries.map((entry, i) => {
    const mentions: Mention[] = entry.candidates.map((c) => ({ text: text.slice(c.start, c.end), start: c.start, end: c.end }));
    const best = entry.candidates.find((c) => c.model !== null) ?? entry.candidates[0]!;
    return {
      id: `e${i + 1}`,
      name: nameEntry(entry),
      category: best.category,
      model: firstNonNull(entry.candidates.map((c) => c.model)),
      origin: firstNonNull(entry.candidates.map((c) => c.origin)),
      // A count read on a bare back-reference ("a fleet of 270 aircraft") is not this thing's count.
      quantity: firstNonNull(entry.candidates.filter((c) => !c.bare || entry.candidates.every((k) => k.bare))
        .map((c) => c.quantity)),
      mentions,
    };
  });
}
