import { describe, expect, it } from 'vitest';
import { createTextDocument } from '../../../src/facts/text/document.js';
import { extractEquipment } from '../../../src/facts/equipment/index.js';

const extract = (text: string) => extractEquipment(createTextDocument(text));

describe('extractEquipment', () => {
  it('merges singular, plural and back-references into one entry with ids', () => {
    const text = 'The army bought three attack helicopters. One attack helicopter crashed, and the helicopters were grounded.';
    const found = extract(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ id: 'e1', name: 'attack helicopter', quantity: 3, category: 'helicopter' });
    expect(found[0]!.mentions).toHaveLength(3);
    for (const m of found[0]!.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('merges mentions that share a model family and names the entry by its model', () => {
    const text = 'A Soyuz-2 rocket lifted off with a Polish supply spaceship. The Soyuz booster rocket then fell away, '
      + 'and the craft reached orbit.';
    const found = extract(text);
    expect(found.map((e) => e.name)).toEqual(['Soyuz-2 rocket', 'supply spaceship']);
    expect(found[1]).toMatchObject({ origin: 'Poland' });
    expect(found[1]!.mentions.map((m) => m.text)).toEqual(['Polish supply spaceship', 'craft']);
  });

  it('folds a modified class into an earlier bare one of the same head', () => {
    const found = extract('The agency lost a satellite in May. It plans to launch weather satellites next year.');
    expect(found).toHaveLength(1);
    expect(found[0]!.mentions).toHaveLength(2);
  });

  it('names a thing written only in the plural in the plural, else in the singular', () => {
    expect(extract('Coast guard cutters and patrol boats sailed; one patrol boat sank.').map((e) => e.name))
      .toEqual(['coast guard cutters', 'patrol boat']);
  });

  it('keeps distinct classes apart', () => {
    const found = extract('Ballistic missiles and cruise missiles were fired; tractors were spared.');
    expect(found.map((e) => e.name)).toEqual(['ballistic missiles', 'cruise missiles', 'tractors']);
  });

  it('prefers the longer reading where two overlap', () => {
    expect(extract('A missile defense system was deployed.').map((e) => e.name)).toEqual(['missile defense system']);
    expect(extract('The S-400 air defense systems arrived.').map((e) => e.name)).toEqual(['S-400 air defense systems']);
  });

  it('lets a model stand in for the class modifier of a broad head, and keeps named systems apart', () => {
    const found = extract('Iron Dome stopped the rockets. The army wants Patriot air defense systems and HIMARS launchers.');
    expect(found.map((e) => [e.name, e.model])).toEqual([
      ['Iron Dome', 'Iron Dome'], ['rockets', null], ['Patriot air defense systems', 'Patriot'], ['HIMARS launchers', 'HIMARS'],
    ]);
  });

  it('emits nothing for generic words', () => {
    expect(extract('They shipped equipment, arms and goods, and spoke by telephone about gun control.')).toEqual([]);
  });

  it('stays fast on adversarial runs', () => {
    const long = `${'missile '.repeat(12_000)}${' '.repeat(50_000)}tank${'-'.repeat(20_000)}S-${'4'.repeat(10_000)}`;
    const found = extract(long);
    expect(found.length).toBeGreaterThan(0);
  });
});
