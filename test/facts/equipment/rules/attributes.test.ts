import { describe, expect, it } from 'vitest';
import { isDesignator, originAttribute, quantityAttribute } from '../../../../src/facts/equipment/rules/attributes.js';

describe('attributes', () => {
  it('reads counts', () => {
    expect(quantityAttribute('1,200')).toBe(1200);
    expect(quantityAttribute('seven')).toBe(7);
    expect(quantityAttribute('many')).toBeNull();
  });
  it('reads origins', () => {
    expect(originAttribute('Russian')).toBe('Russia');
    expect(originAttribute('US-made')).toBe('United States');
    expect(originAttribute("Iran's")).toBe('Iran');
    expect(originAttribute('us')).toBeNull();
  });
  it('recognizes designator shapes', () => {
    expect(['S-400', 'T-72B3', 'TB2', 'Proton-M', 'A320neo', '787-9'].every(isDesignator)).toBe(true);
    expect(['Boeing', '2016', 'said'].some(isDesignator)).toBe(false);
  });
});
