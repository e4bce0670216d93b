// Titles and names in quotation marks are no quotes (src/facts/quotes/filters.ts).
import { describe, expect, it } from 'vitest';
import { dropScareQuotes, isNamedAfterVerb } from '../../../src/facts/quotes/filters.js';
import { createTextDocument } from '../../../src/facts/text/document.js';
import { quotesOf } from './helpers.js';

describe('titles and names in quotation marks', () => {
  it('drops a title after a naming verb and long title-case titles', () => {
    const text = 'He loved a script called “Wild Thyme” and songs such as “You Left Me Like a Fading Star” too.';
    expect(quotesOf(text)).toHaveLength(0);
    expect(isNamedAfterVerb(text, text.indexOf('“Wild'))).toBe(true);
  });

  it('drops a title with small words of other languages', () => {
    expect(quotesOf('Baixe o livro “Os 7 Passos para Ler com seus Filhos”, um guia gratuito.')).toHaveLength(0);
  });

  it('keeps title-case words with sentence punctuation (a sign, a chant)', () => {
    const text = 'Marchers held signs with sayings such as, “Fewer Tests, More Teachers.” The band played on.';
    const doc = createTextDocument(text);
    const open = text.indexOf('“');
    const close = text.indexOf('”');
    const kept = dropScareQuotes(text, [{ open, close, start: open + 1, end: close, paragraph: 0, runsOn: false, continued: false }]);
    expect(kept).toHaveLength(1);
    expect(doc.sentences.length).toBeGreaterThan(0);
  });
});
