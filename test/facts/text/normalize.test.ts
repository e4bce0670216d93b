import { describe, expect, it } from 'vitest';
import { normalizeForMatch, normalizedWords } from '../../../src/facts/text/normalize.js';

describe('normalizeForMatch', () => {
  it('lower-cases, drops a possessive and end punctuation, squeezes spaces', () => {
    expect(normalizeForMatch('  Orlen   Vastra\'s ')).toBe('orlen vastra');
    expect(normalizeForMatch('"Harbor Union."')).toBe('harbor union');
  });

  it('reads curly and straight marks alike, and a backtick as an apostrophe', () => {
    expect(normalizeForMatch('Kelvan’s')).toBe('kelvan');
    expect(normalizeForMatch('Kelvan`s')).toBe('kelvan');
    expect(normalizeForMatch('O’Dara')).toBe(normalizeForMatch("O'Dara"));
    expect(normalizeForMatch('“Tamsin Reel”')).toBe('tamsin reel');
  });

  it('applies NFKC to text beyond ASCII (full-width letters, ligatures)', () => {
    expect(normalizeForMatch('ＡＢＣ Ｃorp')).toBe('abc corp');
    expect(normalizeForMatch('ﬁeld Oﬃce')).toBe('field office');
    expect(normalizeForMatch('Zoë Ärnholm')).toBe('zoë ärnholm');
  });

  it('gives the words of the normalized form', () => {
    expect(normalizedWords(' The  Brannock Institute, ')).toEqual(['the', 'brannock', 'institute']);
    expect(normalizedWords('...')).toEqual([]);
  });
});
