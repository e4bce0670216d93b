/**
 * Refiners: turn candidate mentions into one entry per distinct thing.
 * - dropOverlaps: a span already claimed by an earlier (stronger) rule wins.
 * - mergeSameThing: same model family, same class, or a bare class word
 *   referring back to the latest thing of its family are one entry.
 * - nameEntry: the most specific mention names the entry (model > class > bare).
 * - assignIds: "e1", "e2"... in order of first mention.
 */
import type { Equipment, Mention } from '../../schema.js';
import { CONTRASTIVE_MODIFIERS, MAKERS } from './lexicon.js';
import { originAdjective } from './origin.js';
import type { Candidate } from './rules/rule.js';

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
  /** Countries of origin stated on its mentions ("Russian", "Japanese"). */
  origins: Set<string>;
  /** Offset of the latest mention (for "the latest thing of its family"). */
  last: number;
  /** Set when this entry was folded into another. */
  mergedInto: Entry | null;
}

/**
 * Heads that name a broad kind ("the ship", "the aircraft"): bare, they may
 * refer back to any thing of their family. A bare specific head ("the
 * frigate", "a submarine") refers back only to a thing of that same class.
 */
const GENERIC_HEADS: ReadonlySet<string> = new Set([
  'ship', 'vessel', 'warship', 'boat', 'aircraft', 'plane', 'jet', 'jetliner', 'airliner', 'warplane', 'spaceship',
  'craft',
]);

/**
 * The part of a model that stays the same across versions: "Proton" for
 * "Proton-M", "Progress" for "Progress MS-04"; short prefixes keep their
 * number ("S-400" and "S-300" are different systems). A leading maker is
 * not the family ("Bayraktar TB2" and "TB2" are one).
 */
export function modelFamily(model: string): string {
  const words = model.split(' ');
  const first = (words.length > 1 && MAKERS.has(words[0]!.toLowerCase()) ? words[1]! : words[0]!).toLowerCase();
  // A variant letter is the same aircraft ("F-35A" and the "F-35s", "Su-35S"); the number tells types apart.
  const variant = /^(\p{L}{1,4}-\d+)\p{L}{1,2}(?:\/\p{L})?$/u.exec(first);
  if (variant) return variant[1]!;
  const stem = first.split('-')[0]!;
  return /^\p{L}{4,}$/u.test(stem) ? stem : first;
}

function root(entry: Entry): Entry {
  let e = entry;
  while (e.mergedInto) e = e.mergedInto;
  return e;
}

/** A mention with a stated origin cannot be a thing stated to come from elsewhere ("Japanese" vs "Russian" ship). */
function originFits(entry: Entry, c: Candidate): boolean {
  const country = countryOrigin(c);
  return country === null || entry.origins.size === 0 || entry.origins.has(country);
}

/** The origin when it is a country, not a maker ("Boeing" in "Boeing 787" is not where it comes from). */
function countryOrigin(c: Candidate): string | null {
  return c.origin !== null && !MAKERS.has(c.origin.toLowerCase()) ? c.origin : null;
}

/** Only blanks stand between two mentions: the second names the first ("the frigate BRP Rizal"). */
function inApposition(text: string, left: Candidate, right: Candidate): boolean {
  const gap = text.slice(left.end, right.start);
  if (gap.length >= 1 && gap.length <= 3 && /^[ \t\u00a0]+$/.test(gap)) return true;
  // "a Royal Navy frigate, HMS Diamond,": a ship's name set off by a comma after its class.
  return right.family === 'ship' && right.properName !== null && left.family === 'ship' && right.model === null
    && /^,[ \t\u00a0]{1,2}$/.test(gap);
}

/** "BRP Miguel Malvar, a guided-missile frigate": a ship class set after a ship's name describes it. */
function describesNameBefore(text: string, left: Candidate, right: Candidate): boolean {
  return left.family === 'ship' && left.properName !== null && right.family === 'ship' && right.properName === null
    && /^,[ \t\u00a0]{1,2}(?:a|an|the)[ \t\u00a0]{1,2}$/i.test(text.slice(left.end, right.start));
}

/**
 * mergeSameThing: group candidates that name one thing. A candidate joins
 * the entry with its model family and the entry with its class ("cargo
 * spaceship"); when those are two entries, they are one thing and are folded
 * together ("the cargo space ship Progress MS-04" links both). A name right
 * after a class ("the destroyer USS Cole") joins that class's entry. A bare
 * class word ("the ship") joins the latest entry of its class, or for a
 * broad head of its family; a modified class joins an earlier entry of the
 * same head that only had bare mentions ("satellites ... communication
 * satellites"); a definite model mention ("the Progress MS-04 cargo craft")
 * names the latest thing of its family that had no model yet. A stated
 * origin that differs, or "another"/"a second", keeps a mention apart.
 * Lookups are by key, so the cost stays linear in the number of candidates.
 */
export function mergeSameThing(candidates: readonly Candidate[], text: string): Entry[] {
  const entries: Entry[] = [];
  const byModel = new Map<string, Entry>();
  const byClass = new Map<string, Entry>();
  const latestByFamily = new Map<string, Entry>();
  const latestByFamilyOrigin = new Map<string, Entry>();
  const latestByHead = new Map<string, Entry>();
  const bareOnlyByHead = new Map<string, Entry>();
  let previous: { c: Candidate; entry: Entry } | null = null;

  for (const c of candidates) {
    const family = c.model ? modelFamily(c.model) : null;
    const fits = (e: Entry | undefined): e is Entry => e !== undefined && originFits(root(e), c);
    const linked: Entry[] = [];
    const sameModel = family !== null ? byModel.get(family) : undefined;
    if (sameModel) linked.push(root(sameModel));
    if (!c.distinct) {
      // A bare class word refers back to the latest thing (below), not the first of its class.
      const sameClass = c.bare ? undefined : byClass.get(c.classKey);
      // "40 Shahed-136 drones" after "a drone" elsewhere: a counted model introduces its own things.
      const newlyCounted = family !== null && c.quantity !== null && sameClass !== undefined && root(sameClass).modelFamily === null;
      if (fits(sameClass) && !newlyCounted && (family === null || compatible(root(sameClass), family))) linked.push(root(sameClass));
      if (previous && (c.properName !== null || c.model !== null) && !c.bare && inApposition(text, previous.c, c)
        && fits(previous.entry)) {
        linked.push(root(previous.entry));
      } else if (previous && describesNameBefore(text, previous.c, c) && fits(previous.entry)) {
        linked.push(root(previous.entry));
      }
      if (linked.length === 0 && (c.bare || c.anaphoric)) {
        const families = c.anaphoric ? ANAPHORA_FAMILIES.get(c.family) ?? [c.family] : [c.family];
        const broad = c.anaphoric || GENERIC_HEADS.has(c.canonicalHead);
        const options = [latestByHead.get(c.canonicalHead)];
        if (broad) {
          // A thing of the same stated origin is the referent before any later thing ("Chinese vessels").
          const country = countryOrigin(c);
          const sameOrigin = country !== null ? latest(families.map((f) => latestByFamilyOrigin.get(`${f}|${country}`))
            .filter(fits).map(root)) : undefined;
          options.push(...(sameOrigin ? [sameOrigin] : families.map((f) => latestByFamily.get(f))));
        }
        const best = latest(options.filter(fits).map(root));
        if (best) linked.push(best);
      }
      // "satellites ... communication satellites" are one, but "the rocket ... commercial rockets" are not.
      if (linked.length === 0 && family === null && !c.bare && !c.classPhrase.split(' ').some((w) => CONTRASTIVE_MODIFIERS.has(w))) {
        const bareOnly = bareOnlyByHead.get(c.canonicalHead);
        if (fits(bareOnly) && root(bareOnly).candidates.every((k) => k.bare)) linked.push(root(bareOnly));
      }
      if (linked.length === 0 && family !== null && c.definite) {
        const earlier = latestByFamily.get(c.family);
        if (fits(earlier) && root(earlier).modelFamily === null) linked.push(root(earlier));
      }
    }

    let entry: Entry;
    if (linked.length === 0) {
      if (c.anaphoric) continue;
      entry = { candidates: [], modelFamily: null, origins: new Set(), last: c.start, mergedInto: null };
      entries.push(entry);
    } else {
      entry = linked[0]!;
      for (const other of linked.slice(1)) if (other !== entry && compatible(entry, other.modelFamily)) fold(other, entry);
    }
    entry.candidates.push(c);
    entry.last = Math.max(entry.last, c.start);
    entry.modelFamily ??= family;
    const country = countryOrigin(c);
    if (country !== null) entry.origins.add(country);
    if (family !== null && !byModel.has(family)) byModel.set(family, entry);
    if (!byClass.has(c.classKey)) byClass.set(c.classKey, entry);
    latestByFamily.set(c.family, entry);
    if (country !== null) latestByFamilyOrigin.set(`${c.family}|${country}`, entry);
    latestByHead.set(c.canonicalHead, entry);
    if (c.bare && !bareOnlyByHead.has(c.canonicalHead)) bareOnlyByHead.set(c.canonicalHead, entry);
    previous = { c, entry };
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
  for (const o of from.origins) into.origins.add(o);
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

/**
 * nameEntry: the most specific, earliest mention names the entry; the model
 * is prefixed to the fullest class phrase of the same head among its mentions
 * ("Gripen jets" ... "fighter jets" is the "Gripen fighter jet"). A thing
 * only ever written in the plural keeps the plural ("patrol boats"), as the
 * article names it.
 */
export function nameEntry(entry: Entry): string {
  let best = entry.candidates[0]!;
  for (const c of entry.candidates) if (specificity(c) > specificity(best)) best = c;
  const allPlural = entry.candidates.every((c) => c.pluralPhrase !== null);
  const phraseOf = (c: Candidate) => (allPlural ? c.pluralPhrase! : c.classPhrase);
  if (best.properName !== null && best.properName !== best.classPhrase) return `${best.properName} ${phraseOf(best)}`;
  if (best.model !== null && best.model !== best.classPhrase) {
    let chosen = best;
    for (const c of entry.candidates) {
      if (c.model === null && c.properName === null && c.canonicalHead === best.canonicalHead
        && c.classPhrase.split(' ').length > chosen.classPhrase.split(' ').length) chosen = c;
    }
    return `${best.model} ${phraseOf(chosen)}`;
  }
  return phraseOf(best);
}

function firstNonNull<T>(values: readonly (T | null)[]): T | null {
  for (const v of values) if (v !== null) return v;
  return null;
}

/**
 * assignIds: build the output records, ids "e1", "e2"... in order of first
 * mention. Two things of one name told apart by their origin carry it in the
 * name (distinguishByOrigin).
 */
export function assignIds(entries: readonly Entry[], text: string): Equipment[] {
  const names = distinguishByOrigin(entries, entries.map(nameEntry));
  return entries.map((entry, i) => {
    const mentions: Mention[] = entry.candidates.map((c) => ({ text: text.slice(c.start, c.end), start: c.start, end: c.end }));
    const best = entry.candidates.find((c) => c.model !== null) ?? entry.candidates[0]!;
    const allBare = entry.candidates.every((c) => c.bare);
    // A count read on a bare back-reference ("a fleet of 270 aircraft") is not this thing's count.
    const counted = entry.candidates.find((c) => (!c.bare || allBare) && (c.quantity !== null || c.quantityText !== null));
    // A rocket also named a launch vehicle, or said to reach orbit, is space hardware.
    const category = best.category === 'rocket' && entry.candidates.some((c) => c.category === 'space') ? 'space' : best.category;
    return {
      id: `e${i + 1}`,
      name: names[i]!,
      category,
      model: firstNonNull(entry.candidates.map((c) => c.model)),
      make: firstNonNull(entry.candidates.map((c) => c.make)),
      origin: firstNonNull(entry.candidates.map((c) => c.origin)),
      quantity: counted?.quantity ?? null,
      quantityText: counted?.quantityText ?? null,
      mentions,
    };
  });
}

/**
 * distinguishByOrigin: where an entry would be named by a class another
 * entry also is ("cargo spaceship" beside the other country's "Progress
 * cargo spaceship"), and its origin tells it apart, it is named with its
 * origin adjective, as a reader would tell them apart ("Japanese cargo
 * spaceship"). Entries of one origin, or without a stated one, keep their
 * names.
 */
export function distinguishByOrigin(entries: readonly Entry[], names: readonly string[]): string[] {
  const key = (name: string) => name.toLowerCase().replace(/s$/, '');
  const entriesByClass = new Map<string, Set<number>>();
  entries.forEach((entry, i) => {
    for (const phrase of [names[i]!, ...entry.candidates.map((c) => c.classPhrase)]) {
      const k = key(phrase);
      entriesByClass.set(k, (entriesByClass.get(k) ?? new Set()).add(i));
    }
  });
  return names.map((name, i) => {
    const word = entries[i]!.candidates.find((c) => c.originWord !== null && countryOrigin(c) !== null)?.originWord;
    if (word === undefined || word === null) return name;
    const own = originOf(entries[i]!);
    const same = entriesByClass.get(key(name))!;
    const apart = [...same].some((j) => j !== i && originOf(entries[j]!) !== own);
    const adjective = originAdjective(word);
    return apart && adjective !== null && !name.toLowerCase().startsWith(adjective.toLowerCase()) ? `${adjective} ${name}` : name;
  });
}

function originOf(entry: Entry): string | null {
  return firstNonNull(entry.candidates.map(countryOrigin));
}
