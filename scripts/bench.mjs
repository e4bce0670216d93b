#!/usr/bin/env node
// npm run bench (after npm run build): speed of newsfacts beside
// @mozilla/readability on linkedom, over the same pages, in one run.
//
// Method, the same for every engine:
// - Each figure comes from a fresh child process, so peak RSS belongs to that
//   measurement alone. Pages are read into memory before the clock starts.
// - "one core" means one core: --jobs 1 children are pinned to CPU 0 with
//   taskset (when the machine has it), so V8's background threads (garbage
//   collection, optimizing compiler) cannot borrow a second core.
// - Throughput is steady state, as over thousands of articles: two whole passes
//   over the corpus per thread warm the JIT (the first one's rate is printed
//   as "cold"), then two passes are timed. One warm-up pass was not enough:
//   the pipeline's second pass still ran 8-15 % slower than its later ones
//   (measured by CPU time per pass: a larger body of code still warming), while
//   Readability's second pass was already at its steady rate.
// - The CLI rows run the real command over the corpus repeated (symlinks in a
//   temporary folder), start-up, file reading, workers and JSON writing all in.
// Wall-clock rates depend on what else the machine is doing, so CPU ms per
// page is printed beside them, with the load average.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CORPUS = join(ROOT, '..', 'shared', 'corpus', 'aeb');
const SELF = fileURLToPath(import.meta.url);

/** Engines: a function from page bytes to something, loaded in the thread that runs it. */
async function loadEngine(name) {
  if (name === 'article') {
    const { parseArticle } = await import(join(ROOT, 'dist/article/index.js'));
    return (bytes) => parseArticle({ bytes, contentType: 'text/html', url: null });
  }
  if (name === 'pipeline') {
    const { recordFromDocument } = await import(join(ROOT, 'dist/pipeline.js'));
    return (bytes) => recordFromDocument({ source: 'bench', kind: 'file' }, { bytes, contentType: 'text/html', url: null }, { referenceDate: null });
  }
  if (name === 'readability') {
    const { Readability } = await import('@mozilla/readability');
    const { parseHTML } = await import('linkedom');
    const decoder = new TextDecoder('utf-8');
    return (bytes) => {
      const { document } = parseHTML(decoder.decode(bytes));
      return new Readability(document).parse();
    };
  }
  throw new Error(`unknown engine ${name}`);
}

function pagePaths() {
  return readdirSync(CORPUS)
    .sort()
    .map((id) => join(CORPUS, id, 'page.html'))
    .filter((path) => existsSync(path));
}

function loadPages() {
  return pagePaths().map((path) => new Uint8Array(readFileSync(path)));
}

/** Every page read straight into one SharedArrayBuffer, with the offset where each starts (and one past the last). */
function loadSharedPages() {
  const paths = pagePaths();
  const offsets = [0];
  for (const path of paths) offsets.push(offsets[offsets.length - 1] + statSync(path).size);
  const shared = new SharedArrayBuffer(offsets[paths.length]);
  paths.forEach((path, i) => readFileSync(path).copy(new Uint8Array(shared, offsets[i], offsets[i + 1] - offsets[i])));
  return { shared, offsets };
}

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

// ---------------------------------------------------------------- worker side
// Pages live in one SharedArrayBuffer that every worker sees, and a task is a
// page number: as in the CLI, where workers read files themselves, the main
// thread only hands out work and copies no page.
if (!isMainThread) {
  const run = await loadEngine(workerData.engine);
  const { shared, offsets } = workerData;
  parentPort.on('message', (i) => {
    run(new Uint8Array(shared, offsets[i], offsets[i + 1] - offsets[i]));
    parentPort.postMessage('done');
  });
  parentPort.postMessage('ready');
}

// ----------------------------------------------------------------- child side
const TIMED_PASSES = 2;
const WARM_UP_PASSES = 2;

/**
 * Runs every page once per pass(), on one thread or on a pool of workers fed
 * from one queue. Workers share the pages in one SharedArrayBuffer, so the
 * corpus is held once either way.
 */
async function passRunner(engine, jobs) {
  if (jobs === 1) {
    const pages = loadPages();
    const run = await loadEngine(engine);
    return { count: pages.length, pass: async () => { for (const page of pages) run(page); }, close: async () => {} };
  }
  const { shared, offsets } = loadSharedPages();
  const count = offsets.length - 1;
  const workers = await Promise.all(
    Array.from({ length: jobs }, () => {
      const worker = new Worker(SELF, { workerData: { engine, shared, offsets } });
      return new Promise((resolve) => worker.once('message', () => resolve(worker)));
    }),
  );
  // Each worker holds two pages, the one it works on and the next, as the CLI's pool does:
  // with one, it would sit idle for a round trip to this thread after every page.
  const pass = () =>
    new Promise((resolve) => {
      let next = 0;
      let finished = 0;
      const feed = (worker) => {
        if (next < count) worker.postMessage(next++);
      };
      for (const worker of workers) {
        worker.removeAllListeners('message');
        worker.on('message', () => {
          if (++finished === count) resolve();
          else feed(worker);
        });
        feed(worker);
        feed(worker);
      }
    });
  return { count, pass, close: () => Promise.all(workers.map((w) => w.terminate())) };
}

async function measure(engine, jobs) {
  const bytes = pagePaths().reduce((n, path) => n + statSync(path).size, 0);
  const runner = await passRunner(engine, jobs);
  const count = runner.count;
  const timed = async (passes) => {
    const cpu0 = cpuMs();
    const t0 = performance.now();
    for (let i = 0; i < passes; i++) await runner.pass();
    return { wallMs: performance.now() - t0, cpuMs: cpuMs() - cpu0 };
  };
  // WARM_UP_PASSES per thread: each worker warms its own JIT, and with N
  // workers sharing a pass each would see only 1/N of the pages.
  const cold = await timed(1);
  await timed(WARM_UP_PASSES * jobs - 1);
  const warm = await timed(TIMED_PASSES);
  await runner.close();
  return {
    pages: count * TIMED_PASSES,
    bytes: bytes * TIMED_PASSES,
    wallMs: warm.wallMs,
    cpuMs: warm.cpuMs,
    coldPagesPerSecond: count / (cold.wallMs / 1000),
    rssMb: process.resourceUsage().maxRSS / 1024,
  };
}

if (isMainThread && process.argv[2] === '--child') {
  const result = await measure(process.argv[3], Number(process.argv[4]));
  process.stdout.write(`${JSON.stringify(result)}\n`);
  process.exit(0);
}

// ------------------------------------------------------------------ main side
/** taskset pins a process to one CPU; without it, "one core" rows say they are not pinned. */
const CAN_PIN = spawnSync('taskset', ['-c', '0', 'true']).status === 0;

/** A node command line, pinned to CPU 0 for one-core figures. */
function nodeCommand(args, oneCore) {
  return oneCore && CAN_PIN ? ['taskset', ['-c', '0', process.execPath, ...args]] : [process.execPath, args];
}

function child(engine, jobs) {
  const [command, args] = nodeCommand([SELF, '--child', engine, String(jobs)], jobs === 1);
  const r = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`bench child ${engine} --jobs ${jobs} failed:\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

/** The corpus pages REPEAT times over, as symlinks in a temporary folder: "thousands of articles". */
function repeatedCorpus(repeat) {
  const dir = mkdtempSync(join(tmpdir(), 'newsfacts-bench-corpus-'));
  const ids = readdirSync(CORPUS).sort().filter((id) => existsSync(join(CORPUS, id, 'page.html')));
  for (let r = 0; r < repeat; r++) for (const id of ids) symlinkSync(join(CORPUS, id, 'page.html'), join(dir, `${r}-${id}.html`));
  return { dir, count: repeat * ids.length, bytes: repeat * ids.reduce((n, id) => n + statSync(join(CORPUS, id, 'page.html')).size, 0) };
}

/** The real CLI over a folder, output discarded: start-up, reading, workers, JSON, all in. */
function cli(folder, jobs) {
  const [command, args] = nodeCommand([join(ROOT, 'bin/newsfacts.js'), 'extract', folder, '--jobs', String(jobs), '--verbose', '--format', 'ndjson'], jobs === 1);
  const t0 = performance.now();
  const r = spawnSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 28 });
  const wallMs = performance.now() - t0;
  const summary = r.stderr.trim().split('\n').pop() ?? '';
  const rss = /peak RSS (\d+) MB/.exec(summary);
  const cpu = /cpu ([\d.]+) s/.exec(summary);
  const records = Number(/^(\d+) inputs/.exec(summary)?.[1] ?? NaN);
  return { pages: records, wallMs, cpuMs: cpu ? Number(cpu[1]) * 1000 : null, rssMb: rss ? Number(rss[1]) : NaN, status: r.status };
}

/**
 * Memory must not grow with the number of inputs: the same small invented
 * story as N files, through --input-list, peak RSS for a small and a large N.
 */
function memoryFlatness(counts) {
  const dir = mkdtempSync(join(tmpdir(), 'newsfacts-bench-'));
  try {
    const story = (i) =>
      `Depot ${i} opens\n\nThe regional transit board opened bus depot ${i} on Monday, its director said.\n\n` +
      `"This depot will serve the northern suburbs," the director told reporters.`;
    const paths = [];
    for (let i = 0; i < Math.max(...counts); i++) {
      const path = join(dir, `story-${i}.txt`);
      writeFileSync(path, story(i));
      paths.push(path);
    }
    return counts.map((n) => {
      const list = join(dir, `list-${n}.txt`);
      writeFileSync(list, `${paths.slice(0, n).join('\n')}\n`);
      const r = spawnSync(process.execPath, [join(ROOT, 'bin/newsfacts.js'), 'extract', '--input-list', list, '--verbose'], {
        encoding: 'utf8',
        maxBuffer: 1 << 28,
      });
      const summary = r.stderr.trim().split('\n').pop() ?? '';
      return { n, rssMb: Number(/peak RSS (\d+) MB/.exec(summary)?.[1] ?? NaN), summary };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const REPEAT = Number(process.env.NEWSFACTS_BENCH_REPEAT ?? 10);
const ROUNDS = Number(process.env.NEWSFACTS_BENCH_ROUNDS ?? 3);

function main() {
  if (!existsSync(join(ROOT, 'dist/pipeline.js'))) {
    console.log('bench: dist/ is missing; run `npm run build` first.');
    process.exit(1);
  }
  if (!existsSync(CORPUS)) {
    console.log(`bench: skipped, the corpus ${CORPUS} is not present (../shared beside this clone). Nothing measured.`);
    process.exit(0);
  }
  const cores = availableParallelism();
  const jobsList = cores > 1 ? [1, cores] : [1];
  const pages = loadPages();
  const mb = pages.reduce((n, p) => n + p.length, 0) / 1e6;
  console.log(`bench: ${pages.length} pages, ${mb.toFixed(1)} MB from ../shared/corpus/aeb; ${cores} cores; load average ${loadavg()[0].toFixed(1)} at start`);
  console.log(
    `jobs 1 rows are ${CAN_PIN ? 'pinned to one core (taskset -c 0)' : 'NOT pinned (no taskset here): V8 may borrow other cores'}; ` +
      `pages/s and MB/s are wall clock, steady state after two warm-up passes ("cold" is the first one), ` +
      `the best of ${ROUNDS} interleaved rounds (range: all rounds); ` +
      `cpu ms/page is all threads' CPU time per page, steadier on a busy machine`,
  );
  const header =
    `${'what'.padEnd(34)}${'jobs'.padStart(5)}${'pages/s'.padStart(10)}${'(range)'.padStart(15)}${'MB/s'.padStart(8)}` +
    `${'cpu ms/page'.padStart(13)}${'cold p/s'.padStart(10)}${'peak RSS'.padStart(11)}`;
  const rows = {};
  const rate = (r) => r.pages / (r.wallMs / 1000);
  /** The best of the rounds (the machine at its least disturbed), with the range of all rounds beside it. */
  const line = (label, jobs, runs) => {
    const best = runs.reduce((a, b) => (rate(b) > rate(a) ? b : a));
    const seconds = best.wallMs / 1000;
    const rssMb = Math.max(...runs.map((r) => r.rssMb));
    const row = { pps: rate(best), mbps: best.bytes / 1e6 / seconds, cpuPerPage: best.cpuMs === null ? null : best.cpuMs / best.pages, rssMb };
    rows[`${label}@${jobs}`] = row;
    const range = `${Math.min(...runs.map(rate)).toFixed(0)}-${Math.max(...runs.map(rate)).toFixed(0)}`;
    console.log(
      `${label.padEnd(34)}${String(jobs).padStart(5)}${row.pps.toFixed(1).padStart(10)}${`(${range})`.padStart(15)}${row.mbps.toFixed(2).padStart(8)}` +
        `${(row.cpuPerPage === null ? '-' : row.cpuPerPage.toFixed(1)).padStart(13)}` +
        `${(best.coldPagesPerSecond === undefined ? '-' : best.coldPagesPerSecond.toFixed(1)).padStart(10)}${`${rssMb.toFixed(0)} MB`.padStart(11)}`,
    );
  };
  const engines = [
    ['newsfacts article stage', 'article'],
    ['newsfacts whole pipeline', 'pipeline'],
    ['readability+linkedom (article)', 'readability'],
  ];
  const big = repeatedCorpus(REPEAT);
  const cliLabel = `newsfacts CLI, ${big.count} files`;
  const plan = [
    ...engines.flatMap(([label, engine]) => jobsList.map((jobs) => ({ label, jobs, measure: () => child(engine, jobs) }))),
    ...jobsList.map((jobs) => ({
      label: cliLabel,
      jobs,
      measure: () => {
        const r = cli(big.dir, jobs);
        if (r.status !== 0) console.log(`newsfacts CLI --jobs ${jobs} exited ${r.status}`);
        return { ...r, bytes: big.bytes };
      },
    })),
  ];
  // Rounds interleave every measurement, so a slow spell of a shared machine
  // hits all rows alike instead of one.
  const runs = plan.map(() => []);
  try {
    for (let round = 1; round <= ROUNDS; round++) {
      process.stderr.write(`bench: round ${round} of ${ROUNDS}...\n`);
      plan.forEach((item, i) => runs[i].push(item.measure()));
    }
  } finally {
    rmSync(big.dir, { recursive: true, force: true });
  }
  console.log(header);
  plan.forEach((item, i) => line(item.label, item.jobs, runs[i]));

  const ratio = (a, b) => (rows[a] && rows[b] ? rows[a].pps / rows[b].pps : NaN);
  const cpuRatio = (a, b) => (rows[a]?.cpuPerPage && rows[b]?.cpuPerPage ? rows[b].cpuPerPage / rows[a].cpuPerPage : NaN);
  const verdict = (x, target) => `${x.toFixed(2)}x (target >= ${target}x: ${x >= target ? 'met' : 'NOT met'})`;
  console.log('');
  console.log(`whole pipeline vs readability, one core, pages/s: ${verdict(ratio('newsfacts whole pipeline@1', 'readability+linkedom (article)@1'), 3)}; by CPU time ${cpuRatio('newsfacts whole pipeline@1', 'readability+linkedom (article)@1').toFixed(2)}x`);
  console.log(`article stage vs readability, one core, pages/s: ${verdict(ratio('newsfacts article stage@1', 'readability+linkedom (article)@1'), 5)}; by CPU time ${cpuRatio('newsfacts article stage@1', 'readability+linkedom (article)@1').toFixed(2)}x`);
  if (jobsList.length > 1) {
    const n = jobsList[1];
    const scaling = (label) => `${ratio(`${label}@${n}`, `${label}@1`).toFixed(2)}x`;
    console.log(`scaling, --jobs ${n} vs one core (ideal ${n}x): whole pipeline ${scaling('newsfacts whole pipeline')}; CLI end to end over ${big.count} files ${scaling(cliLabel)}`);
    console.log(`  CPU per page --jobs ${n} vs 1: ${cpuRatio(`newsfacts whole pipeline@${n}`, 'newsfacts whole pipeline@1').toFixed(2)}x as cheap (1.00 = no parallel overhead; wall-clock scaling needs ${n} idle cores)`);
  }
  const article = rows['newsfacts article stage@1'];
  const whole = rows['newsfacts whole pipeline@1'];
  if (article?.cpuPerPage && whole?.cpuPerPage) {
    const share = Math.max(0, 1 - article.cpuPerPage / whole.cpuPerPage);
    console.log(
      `bottleneck: article stage ${article.cpuPerPage.toFixed(1)} ms/page, facts stage ${(whole.cpuPerPage - article.cpuPerPage).toFixed(1)} ms/page ` +
        `(${(share * 100).toFixed(0)}% of the whole pipeline): the ${share >= 0.5 ? 'facts' : 'article'} stage dominates`,
    );
  }
  const cliRow = rows[`${cliLabel}@1`];
  if (cliRow && whole) {
    console.log(
      `runner overhead, one core: CLI end to end ${cliRow.pps.toFixed(1)} pages/s vs in-process pipeline ${whole.pps.toFixed(1)} pages/s; ` +
        `CPU ${cliRow.cpuPerPage?.toFixed(1)} vs ${whole.cpuPerPage?.toFixed(1)} ms/page (start-up, warm-up, reading files, JSON, writing)`,
    );
  }
  const [small, large] = memoryFlatness([100, 10000]);
  console.log(
    `memory flatness (CLI, --jobs ${cores}, small text inputs via --input-list): ${small.n} inputs peak RSS ${small.rssMb} MB, ` +
      `${large.n} inputs peak RSS ${large.rssMb} MB (${(large.rssMb / small.rssMb).toFixed(2)}x for ${large.n / small.n}x the inputs)`,
  );
  const peak = Math.max(...Object.keys(rows).filter((k) => k.startsWith('newsfacts')).map((k) => rows[k].rssMb));
  console.log(`peak RSS, highest newsfacts row: ${peak.toFixed(0)} MB (target < 300 MB: ${peak < 300 ? 'met' : 'NOT met'})`);
  console.log(`load average at end ${loadavg()[0].toFixed(1)}`);
}

if (isMainThread && process.argv[2] !== '--child') main();
