// Where hardware comes from, as a sentence states it. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { extractEquipment } from '../../../src/facts/equipment/index.js';
import { originAdjective, originAfter } from '../../../src/facts/equipment/origin.js';
import { createTextDocument } from '../../../src/facts/text/document.js';

const origins = (text: string) => extractEquipment(createTextDocument(text)).map((e) => [e.name, e.origin]);

describe('origin', () => {
  it('reads "supplied by X" and "made in X" after the mention', () => {
    expect(origins('The mortars, supplied by Poland, reached the front.')).toEqual([['mortars', 'Poland']]);
    expect(origins('Drones made in Iran struck the depot.')).toEqual([['drones', 'Iran']]);
    expect(originAfter(' that were provided by the United States Army', 0)).toEqual({ origin: 'United States', word: 'United States' });
  });

  it('takes the maker country, not the buyer, in "X-made Y sold to Z"', () => {
    expect(origins('Italian-made patrol boats sold to Ghana arrived.')).toEqual([['patrol boats', 'Italy']]);
    expect(origins('Patrol boats sold to Ghana arrived.')).toEqual([['patrol boats', null]]);
  });

  it('ranks "X-made" over a demonym and a demonym over a possessive owner', () => {
    expect(origins("Chile's Swedish-made fighter jets flew.")).toEqual([['fighter jets', 'Sweden']]);
    expect(origins("Peru's Korean frigates sailed.")).toEqual([['frigates', 'South Korea']]);
  });

  it('names an origin with its adjective', () => {
    expect(originAdjective('Russian-made')).toBe('Russian');
    expect(originAdjective("Iran's")).toBe('Iranian');
    expect(originAdjective('Soviet-era')).toBe('Soviet-era');
  });
});
