import { describe, expect, it } from 'vitest';
import { actorsOf, find, names } from '../helpers.js';

describe('taggedName', () => {
  it('adds people and teams that stand alone, without a title or a cue', () => {
    const actors = actorsOf('In the second half Tomas Brennan scored twice, and Fenwick Rovers beat Castor Athletic 3-1.');
    expect(find(actors, 'Tomas Brennan')?.type).toBe('person');
    expect(find(actors, 'Fenwick Rovers')?.type).toBe('organization');
    expect(find(actors, 'Castor Athletic')?.type).toBe('organization');
  });
  it('reads names in a paragraph written in capitals', () => {
    const found = names('BRENNAN DOUBLE SINKS CASTOR ATHLETIC\n\nTomas Brennan scored twice on Saturday as his club, Fenwick Rovers, won again.');
    expect(found).toContain('Tomas Brennan');
  });
  it('leaves the rules their names, types and roles', () => {
    const actors = actorsOf('Brixton Industries said on Monday it would hire. Later Brixton Industries and Tomas Brennan, its chairman, spoke.');
    expect(find(actors, 'Brixton Industries')?.type).toBe('organization');
    expect(actorsOf('Chairman Tomas Brennan spoke. Brennan left.').filter((a) => a.type === 'person')).toHaveLength(1);
  });
  it('keeps sentence-initial words, calendar words and identities off actors', () => {
    const found = names('But It was late. Muslims and Christians met on Monday. Less Money, More Problems');
    for (const word of ['But', 'It', 'Muslims', 'Christians', 'Monday', 'Less Money']) expect(found).not.toContain(word);
  });
  it('ignores a dateline in capitals inside a paragraph of normal case', () => {
    expect(names('PORT ELLIS — Crews worked late on Monday, the mayor said.')).not.toContain('PORT ELLIS');
  });
});
