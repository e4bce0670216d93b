/**
 * Scoring one prediction against one gold file, and adding files up.
 * Precision, recall and F1 are over all files together (micro-averaged), as
 * GUIDELINES.md says; date value and quote speaker accuracy are over
 * required gold items.
 */
import type { ResultRecord } from '../schema.js';
import { normalizeForMatch } from '../facts/text/normalize.js';
import type { Gold, GoldArticle } from './gold.js';
import {
  ACTOR_EXTRA_WORDS, EQUIPMENT_EXTRA_WORDS, QUOTE_MATCH_THRESHOLD,
  dateTextMatches, dateValueRight, entityMatches, jaccard, nameMatches,
} from './match.js';

export type Category = 'actors' | 'equipment' | 'dates' | 'quotes';
export const CATEGORIES: readonly Category[] = ['actors', 'equipment', 'dates', 'quotes'];

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** What one file's comparison found, kept for --verbose. */
export interface FileScore {
  id: string;
  error: string | null;
  counts: Record<Category, Counts>;
  /** actors: matched with the right type; dates: right value; quotes: right speaker. */
  correct: Record<'actorType' | 'dateValue' | 'quoteSpeaker', number>;
  misses: Record<Category, string[]>;
  falsePositives: Record<Category, string[]>;
  wrong: string[];
  articleChecks: Record<ArticleCheck, boolean | null>;
}

export type ArticleCheck = 'title' | 'publishedAt' | 'authors' | 'sourceUrl' | 'textMustContain' | 'textMustNotContain';
export const ARTICLE_CHECKS: readonly ArticleCheck[] = ['title', 'publishedAt', 'authors', 'sourceUrl', 'textMustContain', 'textMustNotContain'];

const emptyCounts = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
const perCategory = <T>(make: () => T): Record<Category, T> =>
  ({ actors: make(), equipment: make(), dates: make(), quotes: make() });

/** Match items one gold at a time; exact-form matches are taken before looser ones. */
function matchEntities(
  predicted: readonly { name: string; type?: string }[],
  gold: readonly { name: string; aliases?: string[]; type?: string }[],
  optional: readonly string[],
  maxExtra: number,
  score: FileScore,
  category: 'actors' | 'equipment',
): void {
  const usedPrediction = new Set<number>();
  const goldMatch = new Map<number, number>();
  for (const pass of ['exact', 'loose'] as const) {
    gold.forEach((g, gi) => {
      if (goldMatch.has(gi)) return;
      const pi = predicted.findIndex((p, i) => {
        if (usedPrediction.has(i)) return false;
        const m = entityMatches(p.name, g, maxExtra);
        return pass === 'exact' ? m.exact : m.matched;
      });
      if (pi >= 0) {
        usedPrediction.add(pi);
        goldMatch.set(gi, pi);
      }
    });
  }
  const counts = score.counts[category];
  gold.forEach((g, gi) => {
    const pi = goldMatch.get(gi);
    if (pi === undefined) {
      counts.fn++;
      score.misses[category].push(g.name);
      return;
    }
    counts.tp++;
    if (category === 'actors') {
      if (predicted[pi]!.type === g.type) score.correct.actorType++;
      else score.wrong.push(`actor type: ${g.name} is ${g.type}, predicted ${predicted[pi]!.type}`);
    }
  });
  predicted.forEach((p, i) => {
    if (usedPrediction.has(i)) return;
    if (optional.some((o) => nameMatches(p.name, o, maxExtra))) return;
    counts.fp++;
    score.falsePositives[category].push(p.name);
  });
}

function matchDates(record: ResultRecord, gold: Gold, score: FileScore): void {
  const predicted = [...record.dates].sort((a, b) => a.start - b.start);
  const used = new Set<number>();
  for (const g of gold.dates) {
    const pi = predicted.findIndex((p, i) => !used.has(i) && dateTextMatches(p.text, g.text));
    if (pi < 0) {
      score.counts.dates.fn++;
      score.misses.dates.push(`${g.text} (${g.value})`);
      continue;
    }
    used.add(pi);
    score.counts.dates.tp++;
    if (dateValueRight(predicted[pi]!.value, g.value)) score.correct.dateValue++;
    else score.wrong.push(`date value: "${g.text}" is ${g.value}, predicted ${predicted[pi]!.value}`);
  }
  predicted.forEach((p, i) => {
    if (used.has(i)) return;
    if (gold.datesOptional.some((o) => dateTextMatches(p.text, o))) return;
    score.counts.dates.fp++;
    score.falsePositives.dates.push(`${p.text} (${p.value})`);
  });
}

function matchQuotes(record: ResultRecord, gold: Gold, score: FileScore): void {
  const actorNames = new Map(record.actors.map((a) => [a.id, a.name]));
  const used = new Set<number>();
  for (const g of gold.quotes) {
    let best = -1;
    let bestScore = QUOTE_MATCH_THRESHOLD;
    record.quotes.forEach((p, i) => {
      if (used.has(i)) return;
      const j = jaccard(p.text, g.text);
      if (j >= bestScore) {
        best = i;
        bestScore = j;
      }
    });
    if (best < 0) {
      score.counts.quotes.fn++;
      score.misses.quotes.push(short(g.text));
      continue;
    }
    used.add(best);
    score.counts.quotes.tp++;
    const speaker = record.quotes[best]!.speaker;
    const names = [speaker?.name, speaker?.actorId ? actorNames.get(speaker.actorId) : undefined].filter(
      (n): n is string => typeof n === 'string',
    );
    if (names.some((n) => g.speaker.some((form) => nameMatches(n, form, ACTOR_EXTRA_WORDS)))) {
      score.correct.quoteSpeaker++;
    } else {
      score.wrong.push(`quote speaker: "${short(g.text)}" is ${g.speaker[0]}, predicted ${names.join(' / ') || 'none'}`);
    }
  }
  record.quotes.forEach((p, i) => {
    if (used.has(i)) return;
    if (gold.quotesOptional.some((o) => jaccard(p.text, o) >= QUOTE_MATCH_THRESHOLD)) return;
    score.counts.quotes.fp++;
    score.falsePositives.quotes.push(short(p.text));
  });
}

function short(text: string): string {
  return text.length > 70 ? `${text.slice(0, 67)}...` : text;
}

const sameText = (a: string | null | undefined, b: string) => normalizeForMatch(a ?? '') === normalizeForMatch(b);
const normalizeUrl = (u: string) => u.trim().replace(/\/+$/, '').toLowerCase();

/** The article checks; null where the gold file states nothing to check. */
export function checkArticle(record: ResultRecord, gold: GoldArticle | undefined): Record<ArticleCheck, boolean | null> {
  const a = record.article;
  const text = normalizeForMatch(a.text);
  return {
    title: gold?.title === undefined ? null : sameText(a.title, gold.title),
    // The gold value is stated to the minute; a prediction may add seconds and an offset.
    publishedAt: gold?.publishedAt === undefined ? null : (a.publishedAt ?? '').startsWith(gold.publishedAt),
    authors:
      gold?.authors === undefined
        ? null
        : a.authors.length === gold.authors.length && gold.authors.every((g) => a.authors.some((p) => sameText(p, g))),
    sourceUrl: gold?.sourceUrl === undefined ? null : normalizeUrl(a.sourceUrl ?? '') === normalizeUrl(gold.sourceUrl),
    textMustContain:
      gold?.textMustContain === undefined ? null : gold.textMustContain.every((s) => text.includes(normalizeForMatch(s))),
    textMustNotContain:
      gold?.textMustNotContain === undefined ? null : gold.textMustNotContain.every((s) => !text.includes(normalizeForMatch(s))),
  };
}

export function scoreFile(record: ResultRecord, gold: Gold): FileScore {
  const score = emptyScore(gold.id, null);
  matchEntities(record.actors, gold.actors, gold.actorsOptional, ACTOR_EXTRA_WORDS, score, 'actors');
  matchEntities(record.equipment, gold.equipment, gold.equipmentOptional, EQUIPMENT_EXTRA_WORDS, score, 'equipment');
  matchDates(record, gold, score);
  matchQuotes(record, gold, score);
  score.articleChecks = checkArticle(record, gold.article);
  return score;
}

/** A gold file whose input could not be processed: everything required is missed. */
export function scoreFailedFile(gold: Gold, error: string): FileScore {
  const score = emptyScore(gold.id, error);
  score.counts.actors.fn = gold.actors.length;
  score.counts.equipment.fn = gold.equipment.length;
  score.counts.dates.fn = gold.dates.length;
  score.counts.quotes.fn = gold.quotes.length;
  for (const check of ARTICLE_CHECKS) score.articleChecks[check] = false;
  return score;
}

function emptyScore(id: string, error: string | null): FileScore {
  return {
    id,
    error,
    counts: perCategory(emptyCounts),
    correct: { actorType: 0, dateValue: 0, quoteSpeaker: 0 },
    misses: perCategory(() => []),
    falsePositives: perCategory(() => []),
    wrong: [],
    articleChecks: { title: null, publishedAt: null, authors: null, sourceUrl: null, textMustContain: null, textMustNotContain: null },
  };
}

export interface CategorySummary extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export interface Summary {
  files: number;
  categories: Record<Category, CategorySummary>;
  /** Over matched actors. */
  actorTypeAccuracy: number;
  /** Over required gold dates. */
  dateValueAccuracy: number;
  /** Over required gold quotes. */
  quoteSpeakerAccuracy: number;
  articleChecks: Record<ArticleCheck, { passed: number; checked: number }>;
}

function ratio(n: number, d: number, empty: number): number {
  return d === 0 ? empty : n / d;
}

export function summarize(files: readonly FileScore[]): Summary {
  const categories = {} as Record<Category, CategorySummary>;
  for (const c of CATEGORIES) {
    const tp = sum(files, (f) => f.counts[c].tp);
    const fp = sum(files, (f) => f.counts[c].fp);
    const fn = sum(files, (f) => f.counts[c].fn);
    // With nothing to find and nothing predicted a category is perfect.
    const precision = ratio(tp, tp + fp, 1);
    const recall = ratio(tp, tp + fn, 1);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    categories[c] = { tp, fp, fn, precision, recall, f1 };
  }
  const goldDates = sum(files, (f) => f.counts.dates.tp + f.counts.dates.fn);
  const goldQuotes = sum(files, (f) => f.counts.quotes.tp + f.counts.quotes.fn);
  const articleChecks = {} as Summary['articleChecks'];
  for (const check of ARTICLE_CHECKS) {
    const stated = files.filter((f) => f.articleChecks[check] !== null);
    articleChecks[check] = { passed: stated.filter((f) => f.articleChecks[check]).length, checked: stated.length };
  }
  return {
    files: files.length,
    categories,
    actorTypeAccuracy: ratio(sum(files, (f) => f.correct.actorType), categories.actors.tp, 1),
    dateValueAccuracy: ratio(sum(files, (f) => f.correct.dateValue), goldDates, 1),
    quoteSpeakerAccuracy: ratio(sum(files, (f) => f.correct.quoteSpeaker), goldQuotes, 1),
    articleChecks,
  };
}

function sum<T>(items: readonly T[], pick: (item: T) => number): number {
  return items.reduce((total, item) => total + pick(item), 0);
}
