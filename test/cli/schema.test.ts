import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, run } from './helpers.js';
import { recordJsonSchema, WARNING_CODES } from '../../src/schema.js';

const ajv = new Ajv2020({ allErrors: true, strict: false });
const validate = ajv.compile(recordJsonSchema as object);

function fixtureArticles(): string[] {
  const dir = join(ROOT, 'fixtures');
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(html?|txt)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

describe('JSON Schema', () => {
  it('`newsfacts schema` prints the schema of src/schema.ts', () => {
    const r = run(['schema']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify(recordJsonSchema)));
  });

  it('validates real output for every bundled fixture, and error records', () => {
    const inputs = [...fixtureArticles(), '/nonexistent/article.html'];
    expect(inputs.length).toBeGreaterThan(1);
    const r = run(['extract', ...inputs, '--format', 'ndjson']);
    const records = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(records).toHaveLength(inputs.length);
    for (const record of records) {
      const ok = validate(record);
      expect(ok, `${record.input.source}: ${ajv.errorsText(validate.errors)}`).toBe(true);
      if (!('article' in record)) continue;
      const text: string = record.article.text;
      const spans = [
        ...record.actors.flatMap((a: { mentions: unknown[] }) => a.mentions),
        ...record.equipment.flatMap((e: { mentions: unknown[] }) => e.mentions),
        ...record.dates,
        ...record.quotes,
      ] as { text: string; start: number; end: number }[];
      for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.text);
    }
  });

  it('rejects a record that breaks the contract', () => {
    expect(validate({ schemaVersion: 1, input: { source: 'x', kind: 'file' }, article: {} })).toBe(false);
    expect(validate({ schemaVersion: 1, input: { source: 'x', kind: 'file' }, error: { code: 'NOPE', message: '' } })).toBe(false);
    const result = { schemaVersion: 1, input: { source: 'x', kind: 'file' }, article: { title: null, authors: [], publishedAt: null, modifiedAt: null, siteName: null, url: null, sourceUrl: null, language: null, pageKind: 'article', text: 'Hi.', warnings: [] }, actors: [], equipment: [], dates: [], quotes: [] };
    expect(validate(result)).toBe(true);
    // The derived schema keeps the constraints the hand-written one had: offsets are whole and non-negative, kinds are closed sets.
    expect(validate({ ...result, dates: [{ text: 'x', value: '2024', start: -1, end: 1, modifier: null }] })).toBe(false);
    expect(validate({ ...result, quotes: [{ text: 'x', kind: 'rumour', speaker: null, cue: null, start: 0, end: 1 }] })).toBe(false);
    expect(validate({ ...result, actors: [{ id: 'a', name: 'A', type: 'person', roles: [], affiliation: null, mentions: [{ text: 'A', start: 0.5, end: 1 }] }] })).toBe(false);
  });

  it('lists every warning code as an enum, and the README says what each one means', () => {
    const base = { schemaVersion: 1, input: { source: 'x', kind: 'file' }, actors: [], equipment: [], dates: [], quotes: [] };
    const article = (warnings: string[]) => ({ title: null, authors: [], publishedAt: null, modifiedAt: null, siteName: null, url: null, sourceUrl: null, language: null, pageKind: 'article', text: '', warnings });
    for (const code of Object.keys(WARNING_CODES)) expect(validate({ ...base, article: article([code]) }), code).toBe(true);
    expect(validate({ ...base, article: article(['looks-odd']) })).toBe(false);
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    for (const [code, meaning] of Object.entries(WARNING_CODES)) expect(readme).toContain(`| \`${code}\` | ${meaning} |`);
  });
});
