/**
 * The quote stage stays linear in the input: measured by the work it does
 * (characters handed to the tokenizer), not by the clock. The tokenizer is
 * where every rule's reading of the reporter's words goes through.
 */
import { describe, expect, it, vi } from 'vitest';

const work = vi.hoisted(() => ({ characters: 0 }));
vi.mock('../../../src/facts/quotes/tokens.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/facts/quotes/tokens.js')>();
  return {
    ...original,
    tokenize: (text: string, from: number, to: number) => {
      work.characters += Math.max(0, to - from);
      return original.tokenize(text, from, to);
    },
  };
});

const { extractQuotes } = await import('../../../src/facts/quotes/index.js');
const { createTextDocument } = await import('../../../src/facts/text/document.js');
const { subjectAt } = await import('../../../src/facts/quotes/sentence-subject.js');

/** `unit` repeated to `size` characters: one paragraph, one sentence, no sentence end. */
function repeated(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

function run(text: string) {
  work.characters = 0;
  const quotes = extractQuotes(createTextDocument(text), { actors: [] });
  return { quotes, characters: work.characters };
}

describe('quote stage on unbalanced quotation marks', () => {
  const unit = 'She told us "maybe so and ';

  it('tokenizes a bounded number of characters per input character', () => {
    const small = run(repeated(unit, 10_000));
    const large = run(repeated(unit, 40_000));
    // Four times the text, about four times the work (quadratic reading would be sixteen).
    expect(large.characters / small.characters).toBeLessThan(5);
    expect(large.characters / 40_000).toBeLessThan(200);
  });

  it('pairs the marks two by two, each quote the same words with exact offsets', () => {
    const text = repeated(unit, 40_000);
    const { quotes } = run(text);
    const marks = text.split('"').length - 1;
    expect(quotes.length).toBe(Math.floor(marks / 2));
    for (const q of quotes) {
      expect(text.slice(q.start, q.end)).toBe(q.text);
      expect(q.text).toBe('maybe so and She told us');
    }
  });
});

describe('subjectAt', () => {
  it('reads the subject at the sentence start however far the quote stands', () => {
    const text = `The harbour master said the tide ${'was high and '.repeat(5000)}"it rose"`;
    expect(subjectAt(text, 0, text.length)?.text).toBe('The harbour master');
  });
});
