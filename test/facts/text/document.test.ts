import { describe, expect, it } from 'vitest';
import { createTextDocument, sentenceIndexAt } from '../../../src/facts/text/document.js';

const texts = (text: string) => {
  const doc = createTextDocument(text);
  return doc.sentences.map((s) => text.slice(s.start, s.end));
};

describe('createTextDocument', () => {
  it('splits paragraphs on blank lines and trims them', () => {
    const doc = createTextDocument('First one.\n\n  Second one.  \n\n\nThird.');
    expect(doc.paragraphs.map((p) => doc.text.slice(p.start, p.end))).toEqual(['First one.', 'Second one.', 'Third.']);
  });
  it('splits sentences but not after titles, initials or months', () => {
    expect(texts('Gen. Ada Morrow spoke on Jan. 5 with Mr. Kell. J. R. Ortiz then left. It rained!')).toEqual([
      'Gen. Ada Morrow spoke on Jan. 5 with Mr. Kell.',
      'J. R. Ortiz then left.',
      'It rained!',
    ]);
  });
  it('does not split after run-together initials', () => {
    expect(texts('Rep. T.J. Varga spoke. It rained.')).toEqual(['Rep. T.J. Varga spoke.', 'It rained.']);
  });
  it('keeps closing quotation marks with their sentence', () => {
    expect(texts('“We are ready.” The minister smiled. “Are you?” he asked.')).toEqual([
      '“We are ready.”',
      'The minister smiled.',
      '“Are you?” he asked.',
    ]);
  });
  it('splits before a quote opened with two backticks, as old wire copy writes it', () => {
    expect(texts("The mayor spoke. ``We open the bridge,'' she said.")).toEqual(['The mayor spoke.', "``We open the bridge,'' she said."]);
  });
  it('finds the sentence at an offset', () => {
    const doc = createTextDocument('One here. Two there.\n\nThree.');
    expect(sentenceIndexAt(doc, 0)).toBe(0);
    expect(sentenceIndexAt(doc, 12)).toBe(1);
    expect(sentenceIndexAt(doc, doc.text.indexOf('Three'))).toBe(2);
  });
});

describe('clauseAround', () => {
  it('is the sentence of the offset, cut at semicolons, within a reach', async () => {
    const { clauseAround, createTextDocument } = await import('../../../src/facts/text/document.js');
    const text = 'A heavy bomber flew over the bay; the bomber was later fined. Nobody came.';
    const doc = createTextDocument(text);
    const second = text.lastIndexOf('bomber');
    const clause = clauseAround(doc, second, second + 6);
    expect(text.slice(clause.start, clause.end)).toBe(' the bomber was later fined.');
    const first = text.indexOf('bomber');
    expect(text.slice(...Object.values(clauseAround(doc, first, first + 6)) as [number, number])).toBe('A heavy bomber flew over the bay');
    const near = clauseAround(doc, first, first + 6, 4);
    expect(text.slice(near.start, near.end)).toBe('avy bomber fle');
  });
});
