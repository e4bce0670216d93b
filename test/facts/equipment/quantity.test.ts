// Counts before hardware, read as one phrase. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { createTextDocument } from '../../../src/facts/text/document.js';
import { extractEquipment } from '../../../src/facts/equipment/index.js';
import { countEndingAt, numberValue } from '../../../src/facts/equipment/quantity.js';

const extract = (text: string) => extractEquipment(createTextDocument(text));
const counts = (text: string) => extract(text).map((e) => [e.name, e.quantity, e.quantityText]);

describe('numberValue', () => {
  it('reads digits, thousands commas, number words and multiplied words', () => {
    expect(numberValue('1,200')).toBe(1200);
    expect(numberValue('twenty-four')).toBe(24);
    expect(numberValue('two hundred')).toBe(200);
    expect(numberValue('a dozen')).toBe(12);
    expect(numberValue('0')).toBeNull();
  });
});

describe('countEndingAt', () => {
  it('reads every kind of last word a count can end with, and nothing else', () => {
    const before = (phrase: string) => countEndingAt(`They had ${phrase} boats`, `They had ${phrase}`.length);
    expect(before('Twenty-Four')).toMatchObject({ value: 24 });
    expect(before('three thousand')).toMatchObject({ value: 3000 });
    expect(before('hundreds of')).toMatchObject({ value: null, text: 'hundreds of' });
    expect(before('a few')).toMatchObject({ text: 'a few' });
    expect(before('about 40')).toMatchObject({ value: 40, text: 'about 40' });
    expect(before('twenty old')).toBeNull();
    expect(before('often')).toBeNull();
  });

  it('finds the whole phrase that ends at the name', () => {
    const text = 'They kept between 6 and 9 boats';
    expect(countEndingAt(text, text.indexOf(' boats'))).toMatchObject({ value: 6, text: 'between 6 and 9' });
  });

  it('reads nothing inside a decimal number or a word', () => {
    expect(countEndingAt('a score of 4.5', 14)).toBeNull();
    expect(countEndingAt('the ballot', 10)).toBeNull();
  });
});

describe('quantity of equipment', () => {
  it('reads number words and digits as exact counts', () => {
    expect(counts('The guard unit received eleven patrol boats.')).toEqual([['patrol boats', 11, null]]);
    expect(counts('Crews unloaded 1,500 artillery shells and twenty-four howitzers.')).toEqual([
      ['artillery shells', 1500, null], ['howitzers', 24, null],
    ]);
  });

  it('keeps vague counts as text, with a value only where the words state one', () => {
    expect(counts('Raiders torched dozens of pickup trucks.')).toEqual([['pickup trucks', null, 'dozens of']]);
    expect(counts('A pair of frigates shadowed the convoy.')).toEqual([['frigates', 2, 'A pair of']]);
    expect(counts('Several drones circled the depot.')).toEqual([['drones', null, 'Several']]);
  });

  it('reads ranges with their lower bound and approximate counts with their number', () => {
    expect(counts('The depot held 10-15 howitzers.')).toEqual([['howitzers', 10, '10-15']]);
    expect(counts('The brigade lost between 8 and 12 tanks.')).toEqual([['tanks', 8, 'between 8 and 12']]);
    expect(counts('Engineers cleared two to three hundred landmines.')).toEqual([['landmines', 200, 'two to three hundred']]);
    expect(counts('The air wing keeps about 40 helicopters.')).toEqual([['helicopters', 40, 'about 40']]);
    expect(counts('Officials counted more than 20 drones.')).toEqual([['drones', 20, 'more than 20']]);
  });

  it('reads a count before a designator standing alone', () => {
    expect(extract('The air force sent some 16 F-16s.')[0]).toMatchObject({ model: 'F-16', quantity: 16, quantityText: 'some 16' });
  });
});
