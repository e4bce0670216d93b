// Model designators in the shapes defence news writes them, read before a class word. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { extractEquipment } from '../../../../src/facts/equipment/index.js';
import { createTextDocument } from '../../../../src/facts/text/document.js';

const extract = (text: string) => extractEquipment(createTextDocument(text));
const read = (text: string) => extract(text).map((e) => ({ name: e.name, model: e.model, quantity: e.quantity }));

describe('model shapes', () => {
  it('keeps a block or batch number in the model, not in the count', () => {
    expect(read('The navy ordered nine more Harpoon RGM84 Block 2 missiles.')).toEqual([
      { name: 'Harpoon RGM84 Block 2 missiles', model: 'Harpoon RGM84 Block 2', quantity: 9 },
    ]);
    expect(read('Two Batch 3 frigates were laid down.')[0]).toMatchObject({ model: 'Batch 3', quantity: 2 });
  });

  it('keeps a Type or Mk number as the model', () => {
    expect(read('A Type 47 missile and a Mk 60 torpedo were tested.')).toEqual([
      { name: 'Type 47 missile', model: 'Type 47', quantity: null },
      { name: 'Mk 60 torpedo', model: 'Mk 60', quantity: null },
    ]);
  });

  it('reads a ship class as the model', () => {
    expect(read('A Kilo-class submarine trailed an Arleigh Burke-class destroyer.')).toEqual([
      { name: 'Kilo-class submarine', model: 'Kilo-class', quantity: null },
      { name: 'Arleigh Burke-class destroyer', model: 'Arleigh Burke-class', quantity: null },
    ]);
  });

  it('reads a numbered family name alone and a NATO reporting name after a designator', () => {
    expect(read('A Shahed-238 fell near a Su-25 Frogfoot.')).toEqual([
      { name: 'Shahed-238', model: 'Shahed-238', quantity: null },
      { name: 'Su-25 Frogfoot', model: 'Su-25 Frogfoot', quantity: null },
    ]);
  });

  it('reads a calibre as a class modifier and a small hyphenated range as a count', () => {
    expect(read('The battery kept 4-6 120mm mortars.')).toEqual([{ name: '120mm mortars', model: null, quantity: 4 }]);
    expect(read('Crews towed a 777-200 airliner.')[0]!.model).toBe('777-200');
  });

  it('keeps the maker apart as make', () => {
    expect(extract('Kyiv flies Bayraktar TB2 drones.')[0]).toMatchObject({ model: 'Bayraktar TB2', make: 'Bayraktar', origin: null });
  });
});

describe('longer model names', () => {
  it('reads two plain names after an origin, and a plain name beside a known one', () => {
    expect(read('Peruvian Mirage Phoenix jets and Chilean Alpha Kestrel jets flew.')).toEqual([
      { name: 'Mirage Phoenix jets', model: 'Mirage Phoenix', quantity: null },
      { name: 'Alpha Kestrel jets', model: 'Alpha Kestrel', quantity: null },
    ]);
  });

  it('reads a two-word system name after a designator, singular', () => {
    expect(read('The unit flies 10 UH-60L Black Hawks.')).toEqual([{ name: 'UH-60L Black Hawk', model: 'UH-60L Black Hawk', quantity: 10 }]);
  });

  it('keeps a class after a designator even before "and"', () => {
    expect(read('Four J-10 fighters and a tanker flew past.').map((e) => e.name)).toEqual(['J-10 fighters', 'tanker']);
  });

  it('reads a year after a preposition as no count, and a slash type number as the model', () => {
    expect(read('In 1991 two Type 206/300 submarines sailed.')).toEqual([
      { name: 'Type 206/300 submarines', model: 'Type 206/300', quantity: 2 },
    ]);
    expect(read('In 1999 Danish frigates sailed.')[0]!.quantity).toBeNull();
    expect(read('She drove the 2021 Zephyr XR2 electric car.')[0]!.quantity).toBeNull();
  });

  it('writes a plural-only acronym with its lower-case plural', () => {
    expect(read('Three M113 APCs burned.')[0]!.name).toBe('M113 APCs');
  });
});
