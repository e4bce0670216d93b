import { describe, expect, it } from 'vitest';
import { looksEnglish, looksOtherLanguage } from '../../../src/facts/text/language.js';
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

  it('counts letters by script as one code point each: Latin with accents against everything else', () => {
    // Accented Latin letters (U+00C0-U+024F) count as Latin: a French sentence is Latin script.
    expect(looksOtherLanguage('Les élèves ont été reçus à l’école après les fêtes, dans une ambiance très détendue.')).toBe(true);
    expect(looksEnglish('Les élèves ont été reçus à l’école après les fêtes, dans une ambiance très détendue.')).toBe(false);
    // Letters beyond the Basic Multilingual Plane (a surrogate pair each) are letters of another script.
    expect(looksEnglish('𐌰𐌱𐌲𐌳𐌴𐌵𐌶𐌷 𐌸𐌹𐌺𐌻𐌼𐌽 𐌾𐌿𐍀𐍁𐍂𐍃 the and of')).toBe(false);
    // Digits, punctuation and symbols are no letters at all: English with many figures stays English.
    expect(looksEnglish('The fund rose 4.5% to $1,200 (€1,100) in 2024, and the index was at 7,350 points by the close.')).toBe(true);
  });
});
