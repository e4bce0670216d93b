import { describe, expect, it } from 'vitest';
import { followsPlaceNounOf } from '../../../../src/facts/actors/rules/place-noun-of.js';
import { placeOnly } from '../../../../src/facts/actors/rules/place-only.js';
import { actorsOf, claimOf, runNamed, runsOf } from '../helpers.js';

function afterPlaceNoun(text: string, name: string): boolean {
  const { ctx, runs } = runsOf(text);
  return followsPlaceNounOf(runNamed(runs, name).tokens[0]!, ctx);
}

describe('followsPlaceNounOf', () => {
  it('reads a name after a place noun and "of" as a place', () => {
    expect(afterPlaceNoun('Troops took the town of Velkavar after a week.', 'Velkavar')).toBe(true);
    expect(afterPlaceNoun('The village lies 30 km north of Dunmark on the coast.', 'Dunmark')).toBe(true);
  });
  it('leaves a body after other nouns and "of" alone', () => {
    expect(afterPlaceNoun('She is the chairman of Zelvotek and more.', 'Zelvotek')).toBe(false);
    expect(afterPlaceNoun('Shares of Zelvotek rose.', 'Zelvotek')).toBe(false);
  });
  it('makes placeOnly reject the name', () => {
    expect(claimOf(placeOnly, 'Troops took the town of Velkavar after a week.', 'Velkavar')).toEqual([]);
  });
});

describe('a lone-word guess at a word the article names as a place', () => {
  it('is no organization', () => {
    const text = 'Troops took the town of Velkavar after a week. Rebels said Velkavar would be retaken, and fighting near Velkavar went on.';
    expect(actorsOf(text).some((a) => a.name === 'Velkavar')).toBe(false);
  });
  it('stays an organization where no place noun names it', () => {
    const text = "Shares in Vantrix fell. Vantrix said profits were down, and Vantrix's chief quit.";
    expect(actorsOf(text).find((a) => a.name === 'Vantrix')?.type).toBe('organization');
  });
});
