#!/usr/bin/env node
// Regenerates test/pages/<name>/expected.json from source.html with the
// current build (run `npm run build` first), so a change in extraction shows
// up as a reviewable diff of those files. test/pages.test.ts checks that the
// source code still gives exactly these records.
//
//   node scripts/pages-expected.mjs            # every page
//   node scripts/pages-expected.mjs NAME ...   # only these pages
//
// The pages are invented for this repository; never put third-party text here.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { recordFromDocument } from '../dist/pipeline.js';

const PAGES = fileURLToPath(new URL('../test/pages/', import.meta.url));
const names = process.argv.slice(2).length > 0 ? process.argv.slice(2) : readdirSync(PAGES, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);

for (const name of names.sort()) {
  const bytes = readFileSync(join(PAGES, name, 'source.html'));
  const record = recordFromDocument({ source: `${name}/source.html`, kind: 'file' }, { bytes, contentType: 'text/html' }, { referenceDate: null });
  writeFileSync(join(PAGES, name, 'expected.json'), JSON.stringify(record, null, 2) + '\n');
  console.error(`pages-expected: ${name}: ${record.actors.length} actors, ${record.equipment.length} equipment, ${record.dates.length} dates, ${record.quotes.length} quotes`);
}
