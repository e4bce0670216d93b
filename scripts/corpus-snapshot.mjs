#!/usr/bin/env node
// A refactoring guard: the whole output over every page of ../shared/corpus,
// one line per page in a fixed order, so two builds can be compared byte for
// byte.
//
//   node scripts/corpus-snapshot.mjs save  FILE   # write the current output
//   node scripts/corpus-snapshot.mjs check FILE   # compare; list what changed
//
// Run `npm run build` first: the snapshot is of dist/, through the real CLI.
// Nothing from the corpus is written into the repository (FILE goes wherever
// you say, e.g. /tmp).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CORPUS = join(ROOT, '..', 'shared', 'corpus');

function pages(dir) {
  const found = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...pages(path));
    else if (name === 'page.html' || name.endsWith('.txt')) found.push(path);
  }
  return found;
}

function snapshot() {
  const list = pages(CORPUS);
  const tmp = mkdtempSync(join(tmpdir(), 'newsfacts-snapshot-'));
  try {
    const listFile = join(tmp, 'inputs.txt');
    writeFileSync(listFile, list.join('\n') + '\n');
    const run = spawnSync(process.execPath, [join(ROOT, 'bin', 'newsfacts.js'), 'extract', '--format', 'ndjson', '--input-list', listFile], {
      encoding: 'utf8',
      maxBuffer: 1 << 30,
    });
    if (run.status !== 0 && run.status !== 1) throw new Error(`extract exited ${run.status}: ${run.stderr}`);
    // Timings differ from run to run; everything else must not.
    return run.stdout
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.stringify(JSON.parse(line), (key, value) => (key === 'timings' || key === 'elapsedMs' ? undefined : value)))
      .join('\n') + '\n';
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

function factsOf(line) {
  const record = JSON.parse(line);
  return { source: record.input?.source, record };
}

/** Per page and per top-level field, what differs between two snapshots. */
function describeChanges(before, after) {
  const a = before.split('\n').filter(Boolean).map(factsOf);
  const b = after.split('\n').filter(Boolean).map(factsOf);
  const lines = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i]?.record;
    const y = b[i]?.record;
    if (JSON.stringify(x) === JSON.stringify(y)) continue;
    const source = a[i]?.source ?? b[i]?.source;
    for (const field of ['article', 'actors', 'equipment', 'dates', 'quotes', 'error', 'warnings']) {
      const xs = x?.[field];
      const ys = y?.[field];
      if (JSON.stringify(xs) === JSON.stringify(ys)) continue;
      if (Array.isArray(xs) && Array.isArray(ys)) {
        // Ids are numbered in order, so one new actor renumbers the rest: compare without them.
        const key = (v) => JSON.stringify(v, (k, value) => (k === 'id' || k === 'actorId' ? undefined : value));
        const left = new Set(xs.map(key));
        const right = new Set(ys.map(key));
        for (const v of left) if (!right.has(v)) lines.push(`${source}\n  - ${field}: ${v.slice(0, 300)}`);
        for (const v of right) if (!left.has(v)) lines.push(`${source}\n  + ${field}: ${v.slice(0, 300)}`);
      } else {
        lines.push(`${source}\n  ~ ${field} changed`);
      }
    }
  }
  return lines;
}

const [command, file] = process.argv.slice(2);
if (!existsSync(CORPUS)) {
  console.error(`corpus-snapshot: ${CORPUS} not found (it sits beside the repository on the build machines)`);
  process.exit(2);
}
if (command === 'save' && file) {
  writeFileSync(file, snapshot());
  console.error(`corpus-snapshot: saved ${pages(CORPUS).length} pages to ${file}`);
} else if (command === 'check' && file) {
  const changes = describeChanges(readFileSync(file, 'utf8'), snapshot());
  if (changes.length === 0) {
    console.log('corpus-snapshot: identical');
  } else {
    console.log(changes.join('\n'));
    console.log(`corpus-snapshot: ${changes.length} differences`);
    process.exit(1);
  }
} else {
  console.error('usage: node scripts/corpus-snapshot.mjs save|check FILE');
  process.exit(2);
}
