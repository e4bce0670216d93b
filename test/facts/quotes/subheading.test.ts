// Short single-quoted paragraphs are subheadings (src/facts/quotes/subheading.ts).
import { describe, expect, it } from 'vitest';
import { quoteTextsOf as texts } from './helpers.js';

describe('dropQuotedSubheadings', () => {
  it('drops a paragraph that is only a short phrase in single marks', () => {
    const text = '“It was a hard call,” Ada Quill said.\n\n‘A hard call.’\n\nThe plant closed in May.';
    expect(texts(text)).toEqual(['It was a hard call']);
  });

  it('keeps single marks with an attribution in the paragraph, and long single-quoted paragraphs', () => {
    expect(texts('The plant closed.\n\n‘We did what we could,’ Ada Quill said.')).toEqual(['We did what we could']);
    const long = '‘We did what we could for every worker and every family in this town, and more.’';
    expect(texts(`Ada Quill spoke first.\n\n${long}`)).toHaveLength(1);
  });

  it('keeps a doubled-apostrophe quote standing alone', () => {
    expect(texts("Ada Quill spoke first.\n\n''We did what we could.''")).toEqual(['We did what we could.']);
  });

  it('keeps double marks standing alone (speech in the body)', () => {
    expect(texts('Ada Quill spoke first.\n\n“We did what we could.”')).toEqual(['We did what we could.']);
  });
});
