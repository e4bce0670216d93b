/**
 * Running the built CLI without blocking the event loop (the network tests
 * serve pages from this same process), with a hard deadline: a hang fails the
 * test with what was printed so far instead of stalling the suite.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { OutputRecord } from '../../src/schema.js';
import { assertValidRecord } from './helpers.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = fileURLToPath(new URL('../../bin/newsfacts.js', import.meta.url));

if (!existsSync(fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url)))) {
  throw new Error('dist/ is missing: run `npm run build` (npm test does it through pretest)');
}

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

export function runCli(
  args: string[],
  options: { input?: string | Buffer; env?: NodeJS.ProcessEnv; deadlineMs?: number; stdinOpen?: boolean } = {},
): Promise<CliRun> {
  const deadline = options.deadlineMs ?? 30_000;
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...options.env },
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`newsfacts ${args.join(' ')} still running after ${deadline} ms (hang). stderr: ${Buffer.concat(err).toString()}`));
    }, deadline);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), ms: performance.now() - started });
    });
    child.stdin.on('error', () => {}); // the CLI may stop reading early (size limit)
    if (options.input !== undefined) child.stdin.end(options.input);
    else if (!options.stdinOpen) child.stdin.end();
  });
}

/** The ndjson records of a run, each checked against the JSON Schema and its offsets. */
export function records(run: CliRun): OutputRecord[] {
  const lines = run.stdout.split('\n').filter((l) => l.length > 0);
  const parsed = lines.map((l) => JSON.parse(l) as OutputRecord);
  for (const r of parsed) assertValidRecord(r);
  return parsed;
}

/** Exactly one record, and it is an error with this code. */
export function expectOneError(run: CliRun, code: string): OutputRecord {
  const all = records(run);
  expect(all).toHaveLength(1);
  expect('error' in all[0]! ? all[0].error.code : 'result').toBe(code);
  expect(run.status).toBe(1);
  return all[0]!;
}
