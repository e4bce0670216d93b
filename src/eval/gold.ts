/** Gold files (GUIDELINES.md format): loading and their types. */
import { readdir, readFile, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { ActorType, QuoteKind } from '../schema.js';

export interface GoldActor {
  name: string;
  type: ActorType;
  aliases?: string[];
  roles?: string[];
  affiliation?: string;
}
export interface GoldEquipment {
  name: string;
  aliases?: string[];
}
export interface GoldDate {
  text: string;
  value: string;
  note?: string;
}
export interface GoldQuote {
  text: string;
  kind: QuoteKind;
  speaker: string[];
}
export interface GoldArticle {
  title?: string;
  publishedAt?: string;
  sourceUrl?: string;
  authors?: string[];
  textMustContain?: string[];
  textMustNotContain?: string[];
}
export interface Gold {
  id: string;
  input: string;
  referenceDate?: string;
  article?: GoldArticle;
  actors: GoldActor[];
  actorsOptional: string[];
  equipment: GoldEquipment[];
  equipmentOptional: string[];
  dates: GoldDate[];
  datesOptional: string[];
  quotes: GoldQuote[];
  quotesOptional: string[];
}

export interface LoadedGold {
  file: string;
  /** Absolute path of the article the gold file annotates. */
  inputPath: string;
  gold: Gold;
}

/** Gold files named directly, or every *.json in a named folder (recursively), sorted. */
export async function findGoldFiles(paths: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  for (const path of paths) {
    const info = await stat(path);
    if (info.isDirectory()) {
      const entries = await readdir(path, { recursive: true, withFileTypes: true });
      for (const entry of entries) {
        if (entry.isFile() && entry.name.endsWith('.json')) found.push(join(entry.parentPath ?? path, entry.name));
      }
    } else {
      found.push(path);
    }
  }
  return [...new Set(found)].sort();
}

/** Parse a gold file; files that are JSON but not gold (no input field) give null. */
export async function loadGold(file: string): Promise<LoadedGold | null> {
  const raw = JSON.parse(await readFile(file, 'utf8')) as Partial<Gold>;
  if (typeof raw.input !== 'string') return null;
  const gold: Gold = {
    id: raw.id ?? file,
    input: raw.input,
    referenceDate: raw.referenceDate,
    article: raw.article,
    actors: raw.actors ?? [],
    actorsOptional: raw.actorsOptional ?? [],
    equipment: raw.equipment ?? [],
    equipmentOptional: raw.equipmentOptional ?? [],
    dates: raw.dates ?? [],
    datesOptional: raw.datesOptional ?? [],
    quotes: raw.quotes ?? [],
    quotesOptional: raw.quotesOptional ?? [],
  };
  return { file, inputPath: resolve(dirname(file), gold.input), gold };
}
