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
  it('keeps closing quotation marks with their sentence', () => {
    expect(texts('“We are ready.” The minister smiled. “Are you?” he asked.')).toEqual([
      '“We are ready.”',
      'The minister smiled.',
      '“Are you?” he asked.',
    ]);
  });
  it('finds the sentence at an offset', () => {
    const doc = createTextDocument('One here. Two there.\n\nThree.');
    expect(sentenceIndexAt(doc, 0)).toBe(0);
    expect(sentenceIndexAt(doc, 12)).toBe(1);
    expect(sentenceIndexAt(doc, doc.text.indexOf('Three'))).toBe(2);
  });
});
