import { describe, expect, it } from 'vitest';
import { makerModel } from '../../../../src/facts/equipment/rules/maker-model.js';
import { found } from './helpers.js';

const models = (text: string) => found(makerModel, text).map((c) => c.model);

describe('makerModel', () => {
  it('needs a model after the maker', () => {
    const candidates = found(makerModel, 'The carrier ordered 30 Boeing 787 planes; Boeing said more would follow.');
    expect(candidates.map((c) => c.model)).toEqual(['Boeing 787']);
    expect(candidates[0]).toMatchObject({ quantity: 30, make: 'Boeing', origin: null });
  });

  it('takes a known system name as a model without digits, with the maker\'s category', () => {
    expect(found(makerModel, 'The air force flew a Dassault Rafale.').map((c) => [c.model, c.category]))
      .toEqual([['Dassault Rafale', 'aircraft']]);
  });

  it('skips years and a maker written in lower case', () => {
    expect(models('The airline took a Boeing 2024 and a boeing 787.')).toEqual([]);
  });

  it('reads a small-arms maker with its model', () => {
    expect(found(makerModel, 'Guards carried a Kalashnikov AK-12.')[0]).toMatchObject({ model: 'Kalashnikov AK-12', category: 'small arms' });
  });
});
