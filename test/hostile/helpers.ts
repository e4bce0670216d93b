/**
 * Shared pieces of the hostile-input suite: fuzzing parameters, the record
 * contract check (JSON Schema + offsets), and a timing helper for the crafted
 * worst cases.
 *
 * Fuzzing is bounded and seeded so CI is repeatable. For long local runs:
 *   NEWSFACTS_FUZZ_RUNS=10000 npx vitest run test/hostile
 *   NEWSFACTS_FUZZ_SEED=123 NEWSFACTS_FUZZ_RUNS=2000 npx vitest run test/hostile/properties.test.ts
 * A failing property prints its seed and shrunk counterexample; re-run with
 * that seed to reproduce it.
 */
import Ajv2020 from 'ajv/dist/2020.js';
import type { Parameters } from 'fast-check';
import { expect } from 'vitest';
import { ERROR_CODES, type Mention, type OutputRecord, type ResultRecord } from '../../src/schema.js';
import { recordJsonSchema } from '../../src/schema.js';

const envRuns = Number(process.env.NEWSFACTS_FUZZ_RUNS);
const envSeed = Number(process.env.NEWSFACTS_FUZZ_SEED);

/** The number of runs a property gets: its CI default, or NEWSFACTS_FUZZ_RUNS when set. */
export function fuzzRuns(ciDefault: number): number {
  return Number.isInteger(envRuns) && envRuns > 0 ? envRuns : ciDefault;
}

/** fast-check parameters: fixed seed (NEWSFACTS_FUZZ_SEED overrides), bounded runs. */
export function fuzzParams<T>(ciDefault: number): Parameters<T> {
  return { numRuns: fuzzRuns(ciDefault), seed: Number.isInteger(envSeed) ? envSeed : 20_240_412 };
}

/** A test timeout that grows with NEWSFACTS_FUZZ_RUNS, so long local runs are not cut short. */
export function fuzzTimeout(ciDefault: number, msPerRun = 50): number {
  return Math.max(60_000, fuzzRuns(ciDefault) * msPerRun);
}

const ajv = new Ajv2020({ allErrors: true, strict: false });
const validate = ajv.compile(recordJsonSchema as object);

/** Throw with ajv's own words when a record breaks the JSON Schema. */
export function assertValidRecord(record: OutputRecord): void {
  if (!validate(JSON.parse(JSON.stringify(record)))) {
    throw new Error(`record breaks the JSON Schema: ${ajv.errorsText(validate.errors)}`);
  }
  if ('error' in record) {
    expect(ERROR_CODES).toContain(record.error.code);
    return;
  }
  assertOffsets(record);
}

/** True when `index` falls between the two halves of a surrogate pair. */
function splitsSurrogatePair(text: string, index: number): boolean {
  if (index <= 0 || index >= text.length) return false;
  const before = text.charCodeAt(index - 1);
  const after = text.charCodeAt(index);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

function checkSpan(text: string, span: Mention, what: string): void {
  const where = `${what} ${JSON.stringify(span.text)} [${span.start}, ${span.end})`;
  if (!(Number.isInteger(span.start) && Number.isInteger(span.end))) throw new Error(`${where}: offsets are not integers`);
  if (!(0 <= span.start && span.start <= span.end && span.end <= text.length)) {
    throw new Error(`${where}: offsets outside the text (length ${text.length})`);
  }
  if (text.slice(span.start, span.end) !== span.text) {
    throw new Error(`${where}: text.slice gives ${JSON.stringify(text.slice(span.start, span.end))}`);
  }
  if (splitsSurrogatePair(text, span.start) || splitsSurrogatePair(text, span.end)) {
    throw new Error(`${where}: a boundary splits an astral character`);
  }
}

/** Every offset in a facts object slices its own text out of `text`; ids are unique and links resolve. */
export function assertFactOffsets(text: string, facts: Pick<ResultRecord, 'actors' | 'equipment' | 'dates' | 'quotes'>): void {
  const ids = new Set<string>();
  for (const actor of facts.actors) {
    if (ids.has(actor.id)) throw new Error(`duplicate actor id ${actor.id}`);
    ids.add(actor.id);
    for (const m of actor.mentions) checkSpan(text, m, `actor ${actor.id} mention`);
  }
  for (const item of facts.equipment) {
    if (ids.has(item.id)) throw new Error(`duplicate id ${item.id}`);
    ids.add(item.id);
    for (const m of item.mentions) checkSpan(text, m, `equipment ${item.id} mention`);
  }
  for (const date of facts.dates) checkSpan(text, date, 'date');
  for (const quote of facts.quotes) {
    checkSpan(text, quote, 'quote');
    const actorId = quote.speaker?.actorId;
    if (actorId != null && !facts.actors.some((a) => a.id === actorId)) {
      throw new Error(`quote speaker links to unknown actor ${actorId}`);
    }
  }
}

export function assertOffsets(record: ResultRecord): void {
  assertFactOffsets(record.article.text, record);
}

/** Run `work` and fail when it takes longer than `limitMs` (generous: these are robustness checks, not benchmarks). */
/**
 * Runs synchronous work and fails when it used more than limitMs of CPU time. CPU time, not wall
 * time: these bounds catch runaway (quadratic, backtracking) code, and on a machine shared with
 * other jobs the wall clock of sound code can pass any bound (this test file runs in a process of
 * its own, so the process's CPU time is this work's, its garbage collection included).
 */
export function withinMs<T>(limitMs: number, what: string, work: () => T): T {
  const before = process.cpuUsage();
  const result = work();
  const used = process.cpuUsage(before);
  const elapsed = (used.user + used.system) / 1000;
  if (elapsed > limitMs) throw new Error(`${what} took ${Math.round(elapsed)} ms of CPU time, over its bound of ${limitMs} ms`);
  return result;
}

export async function withinMsAsync<T>(limitMs: number, what: string, work: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  const result = await work();
  const elapsed = performance.now() - t0;
  if (elapsed > limitMs) throw new Error(`${what} took ${Math.round(elapsed)} ms, over its bound of ${limitMs} ms`);
  return result;
}
