// One entry per piece of hardware across a defence story, with every mention. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { extractEquipment } from '../../../src/facts/equipment/index.js';
import { modelFamily } from '../../../src/facts/equipment/refiners.js';
import { createTextDocument } from '../../../src/facts/text/document.js';

const extract = (text: string) => extractEquipment(createTextDocument(text));

describe('merging defence mentions', () => {
  it('reads a variant letter as the same model family', () => {
    expect(modelFamily('F-35A')).toBe('f-35');
    expect(modelFamily('Su-35S')).toBe('su-35');
    expect(modelFamily('S-300')).not.toBe(modelFamily('S-400'));
    const found = extract('The wing took delivery of six F-35A stealth fighters. The F-35s will be based in the north.');
    expect(found[0]!.mentions.map((m) => m.text)).toEqual(['F-35A stealth fighters', 'F-35']);
  });

  it('joins a ship name set off by a comma to its class', () => {
    const found = extract('A Danish frigate, HDMS Valkyrie, escorted the convoy.');
    expect(found.map((e) => [e.name, e.mentions.map((m) => m.text)])).toEqual([['HDMS Valkyrie', ['Danish frigate', 'HDMS Valkyrie']]]);
  });

  it('starts a new entry for a counted model after an unnamed thing of its class', () => {
    const found = extract('A drone hit the pier at dawn. By night the enemy had launched 30 Geran-2 drones at the city.');
    expect(found.map((e) => [e.name, e.quantity])).toEqual([['drone', null], ['Geran-2 drones', 30]]);
  });

  it('reads a slash variant pair as one designator', () => {
    expect(extract('Old F-15C/D jets were retired.')[0]).toMatchObject({ name: 'F-15C/D jets', model: 'F-15C/D' });
  });

  it('takes the category from any designator in a longer model', () => {
    expect(extract('Two Boeing KC-46 Pegasus tankers took off.')[0]).toMatchObject({ category: 'aircraft', make: 'Boeing' });
  });
});

describe('ship names with their class after them', () => {
  it('joins "NAME, a CLASS" into one vessel', () => {
    const found = extract('The navy took delivery of BRP Datu Kalantiaw, a guided-missile frigate, on Monday.');
    expect(found.map((e) => [e.name, e.mentions.map((m) => m.text)])).toEqual([
      ['BRP Datu Kalantiaw', ['BRP Datu Kalantiaw', 'guided-missile frigate']],
    ]);
  });

  it('reads a count past a compound that says what the thing carries', () => {
    expect(extract('They launched three explosive-laden drone boats.')[0]).toMatchObject({ name: 'drone boats', quantity: 3, category: 'drone' });
  });
});
