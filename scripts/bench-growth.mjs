#!/usr/bin/env node
/**
 * Growth bench: does each stage stay linear as its input grows? For four
 * kinds of invented input (news text, quote-heavy text with unbalanced
 * quotation marks, long runs of capitalized words, deeply nested markup) it
 * doubles the size, times every stage (article, text document, actors,
 * equipment, dates, quotes) and prints the fitted exponent k of time ~ size^k
 * per stage (least squares on log-log; 1 is linear, 2 quadratic). The target
 * is k <= 1.1.
 *
 * Short by default (under a minute): sizes from --from KB doubling --steps
 * times, and an input stops growing once one stage call takes longer than
 * --budget-ms (a quadratic stage would otherwise take minutes); the exponent
 * is then fitted on the sizes reached. Timings on a shared machine are
 * indicative: each point is the best of a few runs.
 *
 * Usage: npm run bench:growth [-- --from 16 --steps 5 --budget-ms 2000 --only quotes]
 * Reads dist/: build first (npm run bench:growth does).
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = (path) => import(join(root, 'dist', path));
const { parseArticle } = await dist('article/index.js');
const { createTextDocument } = await dist('facts/text/document.js');
const { extractActors } = await dist('facts/actors/index.js');
const { extractEquipment } = await dist('facts/equipment/index.js');
const { extractDates } = await dist('facts/dates/index.js');
const { extractQuotes } = await dist('facts/quotes/index.js');

const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const fromKb = Number(arg('--from', '16'));
const steps = Number(arg('--steps', '5'));
const budgetMs = Number(arg('--budget-ms', '2000'));
const only = arg('--only', null);
const TARGET = 1.1;

// ---------------------------------------------------------------------------
// Inputs: invented text, varied by a counter so no stage sees one repeated token.

const TOWNS = ['Elmbrook', 'Dunmere', 'Port Allen', 'Westcliff', 'Harrowgate', 'Lennmouth'];
const PEOPLE = ['Mara Voss', 'Tomas Reyl', 'Ines Marl', 'Dana Quill', 'Oren Baye', 'Lia Sorn'];
const pick = (list, i) => list[i % list.length];

function newsParagraph(i) {
  return (
    `The council of ${pick(TOWNS, i)} approved plan ${i} on Tuesday, its chair ${pick(PEOPLE, i)} said. ` +
    `"We will build the bridge by March ${2025 + (i % 3)}," ${pick(PEOPLE, i + 1).split(' ')[1]} told reporters, adding that 12 trucks and a crane had arrived. ` +
    `Officials from the ${pick(TOWNS, i + 2)} Port Authority said the work would resume next week.`
  );
}

/** Repeat `unit(i)` until the text reaches `bytes`. */
function grow(bytes, unit, separator) {
  const parts = [];
  let length = 0;
  for (let i = 0; length < bytes; i++) {
    const part = unit(i);
    parts.push(part);
    length += part.length + separator.length;
  }
  return parts.join(separator);
}

const INPUTS = {
  // A news page: headline, paragraphs in an article element.
  news: (bytes) =>
    `<html><head><title>Council approves plans</title></head><body><article><h1>Council approves plans</h1>` +
    grow(bytes, (i) => `<p>${newsParagraph(i)}</p>`, '\n') +
    `</article></body></html>`,
  // Opening quotation marks that never close: the worst case for quote pairing.
  quotes: (bytes) => `Quotes\n\n${grow(bytes, (i) => `He said "yes and ${i % 2 ? 'no' : 'maybe'} `, '')}`,
  // One long run of capitalized words, no sentence end: the worst case for name runs.
  caps: (bytes) => `Names\n\n${grow(bytes, (i) => `${pick(TOWNS, i).split(' ')[0]} ${pick(PEOPLE, i)} Board`, ' ')}.`,
  // Nesting as deep as the size allows (far past the 400 levels the article
  // stage follows before it flattens), with a few words at every level.
  markup: (bytes) => {
    const depth = Math.floor(bytes / 70);
    let open = '';
    for (let i = 0; i < depth; i++) open += `<div><span>Level ${i} of the ${pick(TOWNS, i)} report.</span>`;
    return `<html><body><article>${open}${'</div>'.repeat(depth)}</article></body></html>`;
  },
};

// ---------------------------------------------------------------------------
// Stages, each timed alone on the previous stage's output.

const STAGES = ['article', 'document', 'actors', 'equipment', 'dates', 'quotes'];

// With --expose-gc (npm run bench:growth passes it) a collection runs before
// each timed call, so one call does not pay for the garbage of the last.
const collect = globalThis.gc ?? (() => {});

function timeOnce(fn) {
  collect();
  const t0 = performance.now();
  const value = fn();
  return { ms: performance.now() - t0, value };
}

/**
 * Best of a few runs: as many as fit in about 200 ms of wall time, the
 * collections between them included (at least 2 unless one run is over a
 * second, at most 10), so the bench stays short.
 */
function best(fn) {
  const wall = performance.now();
  const first = timeOnce(fn);
  let ms = first.ms;
  for (let runs = 1; runs < 10 && first.ms < 1000 && (runs < 2 || performance.now() - wall < 200); runs++) ms = Math.min(ms, timeOnce(fn).ms);
  return { ms, value: first.value };
}

function measure(text) {
  const bytes = new TextEncoder().encode(text);
  const times = {};
  const article = best(() => parseArticle({ bytes, contentType: null, url: 'https://news.example/story' }));
  times.article = article.ms;
  const doc = best(() => createTextDocument(article.value.text));
  times.document = doc.ms;
  const actors = best(() => extractActors(doc.value));
  times.actors = actors.ms;
  times.equipment = best(() => extractEquipment(doc.value)).ms;
  times.dates = best(() => extractDates(doc.value, { referenceDate: '2024-04-12' })).ms;
  times.quotes = best(() => extractQuotes(doc.value, { actors: actors.value })).ms;
  return { times, textChars: article.value.text.length };
}

/** Slope of log(time) on log(size), on the points long enough to time well (>= 1 ms). */
function exponent(points) {
  const usable = points.filter((p) => p.ms >= 1);
  if (usable.length < 2) return null;
  const xs = usable.map((p) => Math.log(p.size));
  const ys = usable.map((p) => Math.log(p.ms));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < xs.length; i++) {
    num += (xs[i] - mx) * (ys[i] - my);
    den += (xs[i] - mx) ** 2;
  }
  return num / den;
}

// Warm the JIT on a small news page so the first size is not a cold outlier.
for (let i = 0; i < 2; i++) measure(INPUTS.news(16 * 1024));

const started = performance.now();
const worst = [];
console.log(`growth bench: sizes ${fromKb} KB doubling up to ${steps} times, an input stops growing past ${budgetMs} ms in one stage call`);
console.log('timings are indicative (best of a few runs, on whatever else this machine is doing)\n');
for (const [name, make] of Object.entries(INPUTS)) {
  if (only && only !== name) continue;
  const rows = [];
  for (let step = 0; step < steps; step++) {
    const size = fromKb * 1024 * 2 ** step;
    const { times } = measure(make(size));
    rows.push({ size, times });
    if (Math.max(...Object.values(times)) > budgetMs) break;
  }
  const sizes = rows.map((r) => `${(r.size / 1024).toFixed(0)} KB`.padStart(10)).join('');
  console.log(`${name}`);
  console.log(`  ${'stage'.padEnd(10)}${sizes}   exponent`);
  for (const stage of STAGES) {
    const points = rows.map((r) => ({ size: r.size, ms: r.times[stage] }));
    const k = exponent(points);
    const flag = k !== null && k > TARGET ? '  <-- over the 1.1 target' : '';
    if (k !== null) worst.push({ name, stage, k });
    const cells = points.map((p) => `${p.ms < 10 ? p.ms.toFixed(2) : p.ms.toFixed(0)} ms`.padStart(10)).join('');
    console.log(`  ${stage.padEnd(10)}${cells}   ${k === null ? '(too fast to fit)' : k.toFixed(2)}${flag}`);
  }
  console.log('');
}
const over = worst.filter((w) => w.k > TARGET);
console.log(
  over.length === 0
    ? `every stage fitted at or under ${TARGET}`
    : `over ${TARGET}: ${over.map((w) => `${w.name}/${w.stage} ${w.k.toFixed(2)}`).join(', ')}`,
);
console.log(`(${((performance.now() - started) / 1000).toFixed(1)} s)`);
