import { describe, expect, it } from 'vitest';
import { looksEnglish } from '../../../src/facts/text/language.js';
import { createTextDocument } from '../../../src/facts/text/document.js';

describe('looksEnglish: one answer per document', () => {
  it('reads English prose, and other languages in Latin script, by function words', () => {
    expect(looksEnglish('The council said on Monday that the bridge would reopen in spring, and that the ferry was to stop.')).toBe(true);
    expect(looksEnglish('Der Stadtrat hat am Montag beschlossen, die Brücke im Frühjahr wieder zu öffnen und die Fähre einzustellen.')).toBe(false);
  });

  it('says no to a text mostly in another script, whatever Latin words it holds', () => {
    expect(looksEnglish('新しい橋は春に開通する予定で、市議会は月曜日に the plan を承認した。フェリーは運航を終える。')).toBe(false);
  });

  it('is decided when the document is built, for every extractor', () => {
    expect(createTextDocument('The ministry said the talks would go on.').english).toBe(true);
    expect(createTextDocument('Говорят, что переговоры продолжатся на следующей неделе.').english).toBe(false);
  });
});
