#!/usr/bin/env node
/**
 * Article-stage bench over ../shared (relative to the repo root). Build first (npm run bench:article does).
 * Prints, for both HTML parser modes: body F1 / precision / recall on corpus/aeb (4-word shingles,
 * see src/article/shingles.ts), metadata accuracy on corpus/readability (title, byline,
 * publishedTime) and on gold/*.json article fields, and speed (pages/s, MB/s on one core).
 * Usage: node scripts/bench-article.mjs [--worst N] [--parser htmlparser2|parse5] [--only aeb|meta|speed]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(root, '..', 'shared');
if (!existsSync(join(shared, 'corpus'))) {
  console.log(`bench:article: ${shared}/corpus not found; nothing to measure (the bench needs ../shared).`);
  process.exit(0);
}
const { parseArticle } = await import(join(root, 'dist/article/index.js'));
const { scorePage, aggregate } = await import(join(root, 'dist/article/shingles.js'));
const { normalizeForMatch } = await import(join(root, 'dist/facts/text/normalize.js'));

const args = process.argv.slice(2);
const arg = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const worst = Number(arg('--worst', '0'));
const parsers = arg('--parser') ? [arg('--parser')] : ['htmlparser2', 'parse5'];
const only = arg('--only');

const aebDir = join(shared, 'corpus/aeb');
const aeb = readdirSync(aebDir).sort().map((id) => {
  const truth = JSON.parse(readFileSync(join(aebDir, id, 'truth.json'), 'utf8'));
  return { id, bytes: readFileSync(join(aebDir, id, 'page.html')), truth: truth.articleBody ?? '', url: truth.url };
});
const rdDir = join(shared, 'corpus/readability');
const rd = readdirSync(rdDir).sort().map((name) => ({
  name, bytes: readFileSync(join(rdDir, name, 'page.html')),
  expected: JSON.parse(readFileSync(join(rdDir, name, 'expected-metadata.json'), 'utf8')),
}));
const goldDir = join(shared, 'gold');
const gold = readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort().map((f) => {
  const g = JSON.parse(readFileSync(join(goldDir, f), 'utf8'));
  return { file: f, g, bytes: readFileSync(resolve(goldDir, g.input)) };
});

const pct = (x) => (100 * x).toFixed(1) + '%';
const norm = (s) => normalizeForMatch(s ?? '');
const ws = (s) => (s ?? '').replace(/\s+/g, ' ');

for (const parser of parsers) {
  console.log(`\n=== parser: ${parser} ===`);
  if (!only || only === 'aeb') {
    const scores = aeb.map((p) => {
      const a = parseArticle({ bytes: p.bytes, url: p.url }, { parser });
      return { id: p.id, ...scorePage(a.text, p.truth) };
    });
    const agg = aggregate(scores);
    if (arg('--dump')) (await import('node:fs')).writeFileSync(arg('--dump'), JSON.stringify(scores));
    console.log(`aeb body (${aeb.length} pages): F1 ${agg.f1.toFixed(3)}  precision ${agg.precision.toFixed(3)}  recall ${agg.recall.toFixed(3)}`);
    console.log('  anchors: rs-trafilatura 0.970/0.951/0.990, trafilatura 0.958, newspaper4k 0.949, Readability.js 0.947/0.914/0.982');
    if (worst > 0) {
      const f = (s) => (s.precision + s.recall ? (2 * s.precision * s.recall) / (s.precision + s.recall) : 0);
      for (const s of [...scores].sort((a, b) => f(a) - f(b)).slice(0, worst)) {
        console.log(`  worst ${s.id.slice(0, 12)} P ${s.precision.toFixed(2)} R ${s.recall.toFixed(2)}`);
      }
    }
  }
  if (!only || only === 'meta') {
    let title = 0, titleNoSite = 0, byline = 0, published = 0, publishedDay = 0, nPub = 0;
    const misses = [];
    for (const p of rd) {
      const a = parseArticle({ bytes: p.bytes }, { parser });
      const e = p.expected;
      // Gold convention drops a " | Site" decoration that Readability keeps: count that apart.
      const bare = norm(a.title);
      if (bare && bare !== norm(e.title) && (norm(e.title).startsWith(bare) || norm(e.title).endsWith(bare))) titleNoSite++;
      if (norm(a.title) === norm(e.title)) title++; else misses.push(`title ${p.name}: ${JSON.stringify(a.title)} vs ${JSON.stringify(e.title)}`);
      const eb = norm(e.byline);
      const okByline = eb ? a.authors.length > 0 && a.authors.every((x) => eb.includes(norm(x))) : a.authors.length === 0;
      if (okByline) byline++; else misses.push(`byline ${p.name}: ${JSON.stringify(a.authors)} vs ${JSON.stringify(e.byline)}`);
      if (e.publishedTime) {
        nPub++;
        // Same local minute, or the same instant when both carry a zone.
        const exp = e.publishedTime.replace(' ', 'T');
        const got = a.publishedAt ?? '';
        const zoned = (x) => /(?:Z|[+-]\d{2}:?\d{2})$/.test(x);
        const sameInstant = zoned(exp) && zoned(got) && Date.parse(exp) === Date.parse(got);
        if (got.slice(0, 16) === exp.slice(0, 16) || sameInstant) published++; else misses.push(`published ${p.name}: ${got} vs ${exp}`);
        if (got.slice(0, 10) === exp.slice(0, 10)) publishedDay++;
      }
    }
    console.log(`readability metadata (${rd.length} pages): title ${pct(title / rd.length)} (+${titleNoSite} equal but for a site decoration: ${pct((title + titleNoSite) / rd.length)})  byline ${pct(byline / rd.length)}  publishedTime ${published}/${nPub} = ${pct(published / (nPub || 1))} (same day ${pct(publishedDay / (nPub || 1))})`);
    if (worst > 0) for (const m of misses) console.log('  miss ' + m);
    const checks = { title: [0, 0], publishedAt: [0, 0], authors: [0, 0], sourceUrl: [0, 0], mustContain: [0, 0], mustNotContain: [0, 0] };
    const goldMisses = [];
    for (const { file, g, bytes } of gold) {
      const exp = g.article ?? {};
      const a = parseArticle({ bytes }, { parser });
      const check = (field, ok, detail) => {
        checks[field][1]++;
        if (ok) checks[field][0]++; else goldMisses.push(`${file} ${field}: ${detail}`);
      };
      if ('title' in exp) check('title', norm(a.title) === norm(exp.title), `${a.title} vs ${exp.title}`);
      if ('publishedAt' in exp) check('publishedAt', exp.publishedAt === null ? a.publishedAt === null : (a.publishedAt ?? '').startsWith(exp.publishedAt), `${a.publishedAt} vs ${exp.publishedAt}`);
      if ('authors' in exp) check('authors', JSON.stringify(a.authors.map(norm).sort()) === JSON.stringify(exp.authors.map(norm).sort()), `${JSON.stringify(a.authors)} vs ${JSON.stringify(exp.authors)}`);
      if ('sourceUrl' in exp) check('sourceUrl', a.sourceUrl === exp.sourceUrl, `${a.sourceUrl} vs ${exp.sourceUrl}`);
      const text = ws(a.text);
      for (const s of exp.textMustContain ?? []) check('mustContain', text.includes(ws(s)), s);
      for (const s of exp.textMustNotContain ?? []) check('mustNotContain', !text.includes(ws(s)), s);
    }
    console.log('gold article fields: ' + Object.entries(checks).map(([k, [ok, n]]) => `${k} ${ok}/${n}`).join('  '));
    for (const m of goldMisses) console.log('  gold miss ' + m);
  }
  if (!only || only === 'speed') {
    const totalBytes = aeb.reduce((n, p) => n + p.bytes.length, 0);
    for (const p of aeb.slice(0, 20)) parseArticle({ bytes: p.bytes, url: p.url }, { parser }); // warm-up
    // CPU time of this process (user + system) as well as wall time: on a shared, loaded machine
    // the CPU figure is the one that says what one core can do.
    const t0 = process.hrtime.bigint();
    const c0 = process.cpuUsage();
    const rounds = 3;
    for (let r = 0; r < rounds; r++) for (const p of aeb) parseArticle({ bytes: p.bytes, url: p.url }, { parser });
    const wall = Number(process.hrtime.bigint() - t0) / 1e9;
    const cu = process.cpuUsage(c0);
    const cpu = (cu.user + cu.system) / 1e6;
    const pages = aeb.length * rounds;
    const mb = (totalBytes * rounds) / 1e6;
    console.log(`speed (CPU time): ${(pages / cpu).toFixed(0)} pages/s  ${(mb / cpu).toFixed(1)} MB/s  ${(1000 * cpu / pages).toFixed(2)} ms/page | wall: ${(pages / wall).toFixed(0)} pages/s (aeb x${rounds}, ${(totalBytes / aeb.length / 1000).toFixed(0)} KB/page avg)`);
  }
}
