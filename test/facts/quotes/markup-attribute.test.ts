// Attribute values of markup left in a text are no quotes (src/facts/quotes/markup-attribute.ts).
import { describe, expect, it } from 'vitest';
import { quotesOf } from './helpers.js';

describe('dropMarkupAttributes', () => {
  it('drops values written right after "=", keeps the quotes around them', () => {
    const text = 'The mayor posted a clip. <embed src="clips/harbour-night-view.mp4" caption="the harbour at night">\n\n“We are ready for the storm season,” the mayor said.';
    expect(quotesOf(text).map((q) => q.text)).toEqual(['We are ready for the storm season']);
  });

  it('keeps a quotation after an equals sign with a space, as prose writes one', () => {
    const text = 'Her rule of thumb = “never sign on a Friday,” Ada Quill said.';
    expect(quotesOf(text).map((q) => q.text)).toEqual(['never sign on a Friday']);
  });
});
