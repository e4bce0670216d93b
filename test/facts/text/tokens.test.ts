import { describe, expect, it } from 'vitest';
import { scanWords, wordAfter, wordBefore, wordContaining, wordEnd, wordEndingAt } from '../../../src/facts/text/tokens.js';
import { tokenize as actorTokens } from '../../../src/facts/actors/tokens.js';
import { scanWords as equipmentWords, tokensAfter, tokensBefore } from '../../../src/facts/equipment/tokens.js';
import { tokenize as quoteTokens } from '../../../src/facts/quotes/tokens.js';
import { wordAfter as dateWordAfter, wordBefore as dateWordBefore } from '../../../src/facts/dates/candidate.js';
import { createTextDocument } from '../../../src/facts/text/document.js';

const words = (text: string) => scanWords(text).map((t) => t.text);

describe('the shared word scanner', () => {
  it('joins letters over hyphens, apostrophes and ampersands, and digits over a decimal point', () => {
    expect(words("The K-9 unit of O'Dowd & Sons bought 3.5 tonnes from AT&T.")).toEqual(
      ['The', 'K-9', 'unit', 'of', "O'Dowd", 'Sons', 'bought', '3.5', 'tonnes', 'from', 'AT&T'],
    );
  });

  it('keeps dotted letters together, with or without the last period', () => {
    expect(words('The U.S. envoy left at 9 a.m. for the U.N headquarters.')).toEqual(
      ['The', 'U.S.', 'envoy', 'left', 'at', '9', 'a.m.', 'for', 'the', 'U.N', 'headquarters'],
    );
    // A domain is not dotted letters: its parts stay words.
    expect(words('see x.com today')).toEqual(['see', 'x', 'com', 'today']);
  });

  it('reads letters of any script and combining marks', () => {
    expect(words('Ναυτικό και Škoda και Ла́да')).toEqual(['Ναυτικό', 'και', 'Škoda', 'και', 'Ла́да']);
  });

  it('keeps a trailing plus and never splits a surrogate pair', () => {
    expect(words('Streaming on Disney+ 😀 now')).toEqual(['Streaming', 'on', 'Disney+', 'now']);
  });

  it('gives offsets into the text and a lexicon key without the abbreviation period', () => {
    const text = 'Gen. Ortiz';
    const [gen, ortiz] = scanWords(text);
    expect(text.slice(gen!.start, gen!.end)).toBe('Gen');
    expect(ortiz).toMatchObject({ text: 'Ortiz', lower: 'ortiz', start: 5, end: 10 });
    expect(scanWords('U.S.')[0]).toMatchObject({ text: 'U.S.', lower: 'u.s' });
  });

  it('finds the same word backwards as forwards', () => {
    const text = 'the well-armed U.S. convoy';
    for (const w of scanWords(text)) expect(wordEndingAt(text, w.end)).toMatchObject({ text: w.text, start: w.start });
    // Inside a word, no word ends there.
    expect(wordEndingAt(text, 8)).toBeNull();
    expect(wordEnd(text, 3)).toBe(3);
    expect(wordContaining(text, text.indexOf('-'))?.text).toBe('well-armed');
    expect(wordContaining(text, 3)).toBeNull();
  });

  it('reads the neighbouring word across spaces only', () => {
    const text = 'late on Friday, officials said';
    expect(wordBefore(text, 8)?.text).toBe('on');
    expect(wordAfter(text, 7)?.text).toBe('Friday');
    expect(wordBefore(text, 16)).toBeNull(); // a comma stands between
  });

  it('stays linear on one very long word', () => {
    const long = 'a-'.repeat(50_000) + 'a';
    expect(scanWords(long)).toHaveLength(1);
  });
});

describe('every stage reads the same words', () => {
  const text = 'The U.S.-made K-9 drones reached Škoda’s plant at 3.5 km, Gen. Ortiz said.';

  it('actors, equipment and quotes agree on boundaries', () => {
    const shared = scanWords(text).map((t) => [t.start, t.end]);
    // Actors split a possessive off the word and keep a title's period: the span starts agree.
    const actors = actorTokens(createTextDocument(text)).map((t) => t.start);
    expect(actors).toEqual(shared.map(([s]) => s));
    expect(equipmentWords(text).map((t) => [t.start, t.end])).toEqual(shared);
    const quoteWords = quoteTokens(text, 0, text.length).filter((t) => t.word).map((t) => t.start);
    expect(quoteWords).toEqual(shared.map(([s]) => s));
  });

  it('equipment joins a designator over "/" and after dotted letters, and stops at a sentence end', () => {
    const before = 'Crews flew the F/A-18E/F jets';
    expect(tokensBefore(before, before.indexOf('jets'), 3).map((t) => t.text)).toEqual(['F/A-18E/F', 'the', 'flew']);
    const origin = 'two U.S.-made radars';
    expect(tokensBefore(origin, origin.indexOf('radars'), 2).map((t) => t.text)).toEqual(['U.S.-made', 'two']);
    const ended = 'It ended. Radars';
    expect(tokensBefore(ended, ended.indexOf('Radars'), 2)).toEqual([]);
    const after = 'the 40,000 rounds.';
    expect(tokensAfter(after, 3, 3).map((t) => t.text)).toEqual(['40,000', 'rounds']);
  });

  it('dates read a hyphened prefix as the word before', () => {
    const text = 'by mid-1990s and in the spring';
    expect(dateWordBefore(text, text.indexOf('1990s'))).toBe('mid-');
    expect(dateWordBefore(text, text.indexOf('spring'))).toBe('the');
    expect(dateWordAfter(text, text.indexOf(' and'))).toBe('and');
  });
});
