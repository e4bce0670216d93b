/**
 * Body extraction quality over the shared corpus (../shared relative to the repo root). The floor
 * sits a little under the level measured with `npm run bench:article`, so a regression fails here.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { aggregate, scorePage } from '../../src/article/shingles.js';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const aeb = resolve(repo, '../shared/corpus/aeb');
const gold = resolve(repo, '../shared/gold');
const present = existsSync(aeb);
if (!present) console.warn(`[article corpus test] SKIPPED: ${aeb} not found (needs ../shared)`);

describe.skipIf(!present)('aeb corpus', () => {
  it('reaches F1 >= 0.968 and precision >= 0.965 (4-word shingles)', () => {
    const scores = readdirSync(aeb).map((id) => {
      const truth = JSON.parse(readFileSync(join(aeb, id, 'truth.json'), 'utf8'));
      const a = parseArticle({ bytes: readFileSync(join(aeb, id, 'page.html')), url: truth.url });
      return scorePage(a.text, truth.articleBody ?? '');
    });
    const agg = aggregate(scores);
    expect(agg.f1).toBeGreaterThanOrEqual(0.968);
    expect(agg.precision).toBeGreaterThanOrEqual(0.965);
  }, 120_000);

  it('matches gold article titles, days and boilerplate checks', () => {
    const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
    for (const f of readdirSync(gold).filter((x) => x.endsWith('.json'))) {
      const g = JSON.parse(readFileSync(join(gold, f), 'utf8'));
      const a = parseArticle({ bytes: readFileSync(resolve(gold, g.input)) });
      const exp = g.article ?? {};
      if (exp.publishedAt) expect(a.publishedAt?.startsWith(exp.publishedAt), `${f} publishedAt ${a.publishedAt}`).toBe(true);
      if ('sourceUrl' in exp) expect(a.sourceUrl, f).toBe(exp.sourceUrl);
      const text = squash(a.text);
      for (const s of exp.textMustContain ?? []) expect(text.includes(squash(s)), `${f} must contain ${s}`).toBe(true);
    }
  }, 60_000);
});
