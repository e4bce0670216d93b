import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { HAS_SHARED, ROOT, SHARED, run, skipNotice } from '../cli/helpers.js';

const SEED_GOLD = join(SHARED, 'gold', 'seed-niger-air-defense.json');
skipNotice('seed and shared gold evaluation');

interface Summary {
  files: number;
  categories: Record<string, { f1: number; precision: number; recall: number }>;
  dateValueAccuracy: number;
  quoteSpeakerAccuracy: number;
  actorTypeAccuracy: number;
  articleChecks: Record<string, { passed: number; checked: number }>;
}

function evalJson(path: string): Summary {
  const r = run(['eval', path, '--json']);
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout).summary as Summary;
}

describe('newsfacts eval', () => {
  it.skipIf(!HAS_SHARED)('matches the seed gold file completely', () => {
    const s = evalJson(SEED_GOLD);
    for (const [category, k] of Object.entries(s.categories)) expect(k.f1, category).toBe(1);
    expect(s.dateValueAccuracy).toBe(1);
    expect(s.quoteSpeakerAccuracy).toBe(1);
    expect(s.actorTypeAccuracy).toBe(1);
    for (const [check, c] of Object.entries(s.articleChecks)) expect(c.passed, check).toBe(c.checked);
  });

  it.skipIf(!HAS_SHARED)('runs over every shared gold file', () => {
    const s = evalJson(join(SHARED, 'gold'));
    expect(s.files).toBeGreaterThanOrEqual(9);
  });

  it('scores the bundled fixtures and guards their quality with --fail-under', () => {
    const gold = join(ROOT, 'fixtures', 'gold');
    expect(existsSync(gold)).toBe(true);
    const s = evalJson(gold);
    expect(s.files).toBeGreaterThanOrEqual(3);
    expect(run(['eval', gold, '--fail-under', FIXTURE_F1_FLOOR]).status).toBe(0);
    expect(run(['eval', gold, '--fail-under', '1.01']).status).toBe(2);
  });

  it('exits 2 when no gold file is found', () => {
    expect(run(['eval', '/nonexistent/gold']).status).toBe(2);
  });
});

// The floor every category must keep on our own fixtures; raise it as extraction improves.
const FIXTURE_F1_FLOOR = '0.5';
