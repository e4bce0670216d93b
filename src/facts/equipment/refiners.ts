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
  modelFamily: string | null;
  /** Offset of the latest mention (for "the latest thing of its family"). */
  last: number;
  /** Set when this entry was folded into another. */
  mergedInto: Entry | null;
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

function root(entry: Entry): Entry {
  let e = entry;
  while (e.mergedInto) e = e.mergedInto;
  return e;
}

/**
 * mergeSameThing: group candidates that name one thing. A candidate joins
 * the entry with its model family and the entry with its class ("cargo
 * spaceship"); when those are two entries, they are one thing and are folded
 * together ("the cargo space ship Progress MS-04" links both). A bare class
 * word ("the ship") joins the latest entry of its family; a modified class
 * joins an earlier entry of the same head that only had bare mentions
 * ("satellites ... communication satellites"). Lookups are by key, so the
 * cost stays linear in the number of candidates.
 */
export function mergeSameThing(candidates: readonly Candidate[]): Entry[] {
  const entries: Entry[] = [];
  const byModel = new Map<string, Entry>();
  const byClass = new Map<string, Entry>();
  const latestByFamily = new Map<string, Entry>();
  const latestByHead = new Map<string, Entry>();
  const bareOnlyByHead = new Map<string, Entry>();

  for (const c of candidates) {
    const family = c.model ? modelFamily(c.model) : null;
    const linked: Entry[] = [];
    const sameModel = family !== null ? byModel.get(family) : undefined;
    if (sameModel) linked.push(root(sameModel));
    const sameClass = byClass.get(c.classKey);
    if (sameClass && (family === null || compatible(root(sameClass), family))) linked.push(root(sameClass));
    if (linked.length === 0 && (c.bare || c.anaphoric)) {
      const families = c.anaphoric ? ANAPHORA_FAMILIES.get(c.family) ?? [c.family] : [c.family];
      const options = [...families.map((f) => latestByFamily.get(f)), latestByHead.get(c.canonicalHead)];
      const best = latest(options.filter((e): e is Entry => e !== undefined).map(root));
      if (best) linked.push(best);
    }
    if (linked.length === 0 && family === null && !c.bare) {
      const bareOnly = bareOnlyByHead.get(c.canonicalHead);
      if (bareOnly && root(bareOnly).candidates.every((k) => k.bare)) linked.push(root(bareOnly));
    }

    let entry: Entry;
    if (linked.length === 0) {
      if (c.anaphoric) continue;
      entry = { candidates: [], modelFamily: null, last: c.start, mergedInto: null };
      entries.push(entry);
    } else {
      entry = linked[0]!;
      for (const other of linked.slice(1)) if (other !== entry && compatible(entry, other.modelFamily)) fold(other, entry);
    }
    entry.candidates.push(c);
    entry.last = Math.max(entry.last, c.start);
    entry.modelFamily ??= family;
    if (family !== null && !byModel.has(family)) byModel.set(family, entry);
    if (!byClass.has(c.classKey)) byClass.set(c.classKey, entry);
    latestByFamily.set(c.family, entry);
    latestByHead.set(c.canonicalHead, entry);
    if (c.bare && !bareOnlyByHead.has(c.canonicalHead)) bareOnlyByHead.set(c.canonicalHead, entry);
  }
  const kept = entries.filter((e) => e.mergedInto === null);
  for (const e of kept) e.candidates.sort((a, b) => a.start - b.start);
  return kept.sort((a, b) => a.candidates[0]!.start - b.candidates[0]!.start);
}

/** Two model families can be one thing when either is unknown or they are equal. */
function compatible(entry: Entry, family: string | null): boolean {
  return family === null || entry.modelFamily === null || entry.modelFamily === family;
}

function fold(from: Entry, into: Entry): void {
  into.candidates.push(...from.candidates);
  into.modelFamily ??= from.modelFamily;
  into.last = Math.max(into.last, from.last);
  from.candidates = [];
  from.mergedInto = into;
}

function latest(entries: readonly Entry[]): Entry | undefined {
  let best: Entry | undefined;
  for (const e of entries) if (!best || e.last > best.last) best = e;
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
    const allBare = entry.candidates.every((c) => c.bare);
    return {
      id: `e${i + 1}`,
      name: nameEntry(entry),
      category: best.category,
      model: firstNonNull(entry.candidates.map((c) => c.model)),
      origin: firstNonNull(entry.candidates.map((c) => c.origin)),
      // A count read on a bare back-reference ("a fleet of 270 aircraft") is not this thing's count.
      quantity: firstNonNull(entry.candidates.filter((c) => !c.bare || allBare).map((c) => c.quantity)),
      mentions,
    };
  });
}
