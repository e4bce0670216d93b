// Extraction end to end on pages written for this repository (test/pages/*),
// so a fresh clone without ../shared still checks every stage. Each expected
// record was made by `node scripts/pages-expected.mjs` and reviewed; when a
// change alters one, regenerate it and review the diff.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { recordFromDocument } from '../src/pipeline.js';

const PAGES = fileURLToPath(new URL('./pages/', import.meta.url));
const names = readdirSync(PAGES, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

describe('invented pages, end to end', () => {
  it('has pages to check', () => {
    expect(names.length).toBeGreaterThanOrEqual(4);
  });

  for (const name of names) {
    it(`${name}: gives its expected record`, () => {
      const bytes = readFileSync(join(PAGES, name, 'source.html'));
      const expected = JSON.parse(readFileSync(join(PAGES, name, 'expected.json'), 'utf8'));
      const record = recordFromDocument({ source: `${name}/source.html`, kind: 'file' }, { bytes, contentType: 'text/html' }, { referenceDate: null });
      expect(record).toEqual(expected);
    });
  }
});
