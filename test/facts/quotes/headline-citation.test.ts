// Headlines cited with their author are no quotes (src/facts/quotes/headline-citation.ts).
import { describe, expect, it } from 'vitest';
import { quoteTextsOf as texts } from './helpers.js';

describe('dropHeadlineCitations', () => {
  it('drops a cited headline, keeps the excerpt that follows it', () => {
    const text = 'CLOSING TIME—"Old pier cafe to shut its doors in June," by the Gazette\'s Ana Ruiz: "The cafe, open since 1971, will close next month, its owners said."';
    expect(texts(text)).toEqual(['The cafe, open since 1971, will close next month, its owners said.']);
  });

  it('drops a headline that opens its paragraph after a dash', () => {
    expect(texts('—"Ferry service returns to the north shore," by Harbor Weekly\'s Ben Ortiz http://example.org/x')).toEqual([]);
  });

  it('keeps a quote followed by a passive agent', () => {
    const text = 'She said the town felt “left behind, ignored and forgotten,” by the council.';
    expect(texts(text)).toEqual(['left behind, ignored and forgotten']);
    expect(texts('“If the bridge had not been closed” by the Council, Ada Quill said, “we would be fine.”')).toHaveLength(2);
  });
});
