/**
 * Property-based tests: for any text or page, each public piece returns
 * (never throws), its output fits the JSON Schema, and every offset slices its
 * own text out of article.text. Seeded and bounded for CI; see helpers.ts for
 * NEWSFACTS_FUZZ_RUNS / NEWSFACTS_FUZZ_SEED.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { extractFacts } from '../../src/facts/index.js';
import { extractActors } from '../../src/facts/actors/index.js';
import { extractDates } from '../../src/facts/dates/index.js';
import { extractEquipment } from '../../src/facts/equipment/index.js';
import { extractQuotes } from '../../src/facts/quotes/index.js';
import { createTextDocument } from '../../src/facts/text/document.js';
import { recordFromDocument } from '../../src/pipeline.js';
import type { Article } from '../../src/schema.js';
import { articlePage, articleText, encodings, noWhitespaceText, tagSoup } from './arbitraries.js';
import { assertFactOffsets, assertValidRecord, fuzzParams, fuzzTimeout } from './helpers.js';

const INPUT = { source: 'fuzz.html', kind: 'file' } as const;
const referenceDate = fc.constantFrom(null, '2024-04-12', '1999-12-31', '2000-02-29');

function articleOf(text: string, publishedAt: string | null = null): Article {
  return {
    title: null, authors: [], publishedAt, modifiedAt: null, siteName: null,
    url: null, sourceUrl: null, language: null, pageKind: 'article', text, warnings: [],
  };
}

/** Any text shape the facts stage may be handed. */
const anyText = fc.oneof(
  { weight: 4, arbitrary: articleText },
  { weight: 1, arbitrary: noWhitespaceText },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 200 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
);

describe('extractors alone, on any text', () => {
  const cases: Array<[string, (text: string, reference: string | null) => void]> = [
    ['extractDates', (text, reference) => {
      const dates = extractDates(createTextDocument(text), { referenceDate: reference });
      assertFactOffsets(text, { actors: [], equipment: [], dates, quotes: [] });
      // A year, decade or century ("19"), or an anchor-free value (XXXX-03-03) when there is no reference.
      for (const d of dates) expect(d.value).toMatch(/^(?:\d{2,4}|XXXX)/);
    }],
    ['extractActors', (text) => {
      const actors = extractActors(createTextDocument(text));
      assertFactOffsets(text, { actors, equipment: [], dates: [], quotes: [] });
    }],
    ['extractEquipment', (text) => {
      const doc = createTextDocument(text);
      const equipment = extractEquipment(doc);
      assertFactOffsets(text, { actors: [], equipment, dates: [], quotes: [] });
    }],
    ['extractQuotes', (text) => {
      const doc = createTextDocument(text);
      const actors = extractActors(doc);
      const quotes = extractQuotes(doc, { actors });
      assertFactOffsets(text, { actors, equipment: [], dates: [], quotes });
    }],
  ];
  for (const [name, check] of cases) {
    it(`${name}: never throws, offsets slice out each mention`, () => {
      fc.assert(fc.property(anyText, referenceDate, (text, reference) => check(text, reference)), fuzzParams(300));
    }, fuzzTimeout(300));
  }

  it('createTextDocument: paragraphs and sentences are ordered, inside the text, never empty', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const doc = createTextDocument(text);
        for (const spans of [doc.paragraphs, doc.sentences]) {
          let last = 0;
          for (const s of spans) {
            expect(s.start).toBeGreaterThanOrEqual(last);
            expect(s.end).toBeGreaterThan(s.start);
            expect(s.end).toBeLessThanOrEqual(text.length);
            last = s.end;
          }
        }
      }),
      fuzzParams(300),
    );
  });
});

describe('extractFacts, on any article text', () => {
  it('returns facts whose offsets all slice article.text, and is deterministic', () => {
    fc.assert(
      fc.property(anyText, referenceDate, fc.constantFrom(null, '2024-04-12T09:30:00+02:00', 'garbage', '0000-00-00'), (text, reference, published) => {
        const article = articleOf(text, published);
        const facts = extractFacts(article, { referenceDate: reference });
        assertValidRecord({ schemaVersion: 1, input: INPUT, article, ...facts });
        // Pure functions: a second run gives the very same facts.
        expect(extractFacts(articleOf(text, published), { referenceDate: reference })).toEqual(facts);
      }),
      fuzzParams(300),
    );
  }, fuzzTimeout(300));
});

describe('parseArticle and recordFromDocument, on any bytes', () => {
  const pages = fc.oneof(
    { weight: 3, arbitrary: articlePage },
    { weight: 2, arbitrary: tagSoup },
    { weight: 2, arbitrary: articleText },
    { weight: 1, arbitrary: noWhitespaceText },
  );

  it('parseArticle returns an article (strings where the schema says so) for any bytes', () => {
    fc.assert(
      fc.property(encodings(pages), fc.constantFrom(null, 'https://example.test/news/story', 'not a url', 'file:///etc/passwd'), (raw, url) => {
        const article = parseArticle({ ...raw, url });
        assertValidRecord({ schemaVersion: 1, input: INPUT, article, actors: [], equipment: [], dates: [], quotes: [] });
      }),
      fuzzParams(300),
    );
  }, fuzzTimeout(300));

  it('recordFromDocument gives a schema-valid record with exact offsets, the same every time', () => {
    fc.assert(
      fc.property(encodings(pages), referenceDate, (raw, reference) => {
        const record = recordFromDocument(INPUT, raw, { referenceDate: reference });
        assertValidRecord(record);
        expect(recordFromDocument(INPUT, raw, { referenceDate: reference })).toEqual(record);
      }),
      fuzzParams(300),
    );
  }, fuzzTimeout(300));
});
