import { describe, expect, it } from 'vitest';
import { productModel } from '../../../../src/facts/actors/rules/product-model.js';
import { claimOf, names } from '../helpers.js';

describe('productModel', () => {
  it('drops model names with a variant numeral or letter', () => {
    expect(claimOf(productModel, 'The army received 20 Viper II armored vehicles.', 'Viper II')).toEqual([]);
    expect(claimOf(productModel, 'It flies the Tarn Falcon jets now.', 'Tarn Falcon')).toEqual([]);
  });
  it('keeps a numeral without a given name off people', () => {
    expect(names('The army bought 24 Falcon II vehicles, Falcon II engineers said.')).not.toContain('Falcon II');
  });
  it('passes on a multi-word name ending in an organization head before a product noun', () => {
    expect(claimOf(productModel, 'It flies the Tarn Industries jets now.', 'Tarn Industries')).toBeNull();
  });
});
