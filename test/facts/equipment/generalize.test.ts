// Round-2 error classes found by auditing unlabeled pages: each case is a sentence written for this test.
import { describe, expect, it } from 'vitest';
import { createTextDocument } from '../../../src/facts/text/document.js';
import { extractEquipment } from '../../../src/facts/equipment/index.js';
import { hardwareClassLexicon } from '../../../src/facts/equipment/rules/class-word.js';
import { found } from './rules/helpers.js';

const extract = (text: string) => extractEquipment(createTextDocument(text));
const names = (text: string) => extract(text).map((e) => e.name);
const candidates = (text: string) => found(hardwareClassLexicon, text);

describe('merging: one entry per distinct thing', () => {
  it('keeps distinct naval classes apart even when bare', () => {
    const found = extract('A corvette trailed the group. The frigate led, a Norwegian destroyer followed and a submarine dived.');
    expect(found.map((e) => e.name)).toEqual(['corvette', 'frigate', 'destroyer', 'submarine']);
  });

  it('lets a broad head ("the ship") refer back to a specific class', () => {
    const found = extract('The frigate left port at dawn. Hours later the ship reached the strait.');
    expect(found).toHaveLength(1);
    expect(found[0]!.mentions.map((m) => m.text)).toEqual(['frigate', 'ship']);
  });

  it('joins a vessel name to the class right before it', () => {
    const found = extract('The drills involved the Danish frigate HDMS Nordlys and a Dutch tanker.');
    expect(found[0]).toMatchObject({ name: 'HDMS Nordlys', origin: 'Denmark' });
    expect(found[0]!.mentions.map((m) => m.text)).toEqual(['Danish frigate', 'HDMS Nordlys']);
  });

  it('keeps mentions of different stated origins apart, names them by origin, and sends a bare one to the same origin', () => {
    const found = extract('A Russian cargo spaceship docked. A Japanese cargo spaceship waits. Later Russian craft and '
      + 'Japanese spacecraft will follow.');
    expect(found.map((e) => [e.name, e.origin])).toEqual([['Russian cargo spaceship', 'Russia'], ['Japanese cargo spaceship', 'Japan']]);
    expect(found[1]!.mentions.map((m) => m.text)).toEqual(['Japanese cargo spaceship', 'Japanese spacecraft']);
  });

  it('starts a new entry for "another" or "a second" thing', () => {
    const found = extract('The agency launched a weather satellite. It plans to launch a second satellite next year, '
      + 'and another satellite later.');
    expect(found).toHaveLength(3);
  });

  it('keeps commercial and military things of one class apart', () => {
    expect(names('A military observation satellite reached orbit. The rocket also carried two commercial satellites.'))
      .toEqual(['observation satellite', 'rocket', 'commercial satellites']);
  });

  it('does not fold "commercial" things into the bare thing of the story', () => {
    expect(names('The rocket lifted off at noon. Rivals build commercial rockets.')).toEqual(['rocket', 'commercial rockets']);
  });

  it('lets a definite model mention name the thing introduced just before', () => {
    const found = extract('An unmanned Chilean supply spaceship was lost. The Soyuz K-2 cargo craft broke up early.');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ name: 'Soyuz K-2 cargo craft', model: 'Soyuz K-2', origin: 'Chile' });
  });

  it('treats a maker before a model as the same family as the bare model', () => {
    const found = extract('Lagos received Baykar TB3 drones last week. Two TB3 aircraft flew on Monday.');
    expect(found).toHaveLength(1);
  });

  it('names the entry by its model and the fullest class phrase of the same head', () => {
    expect(names('The air force ordered attack jets. The Rafale jets arrive in May.')).toEqual(['Rafale attack jets']);
  });
});

describe('models', () => {
  it('reads variant letters and Roman numerals after a model name', () => {
    expect(candidates('Peru ordered eight Gripen C fighter jets.')[0]).toMatchObject({ model: 'Gripen C', quantity: 8 });
    expect(candidates('The unit got a dozen Cobra II armored vehicles.')[0]).toMatchObject({ model: 'Cobra II' });
  });

  it('reads a capitalized word after a maker as the model', () => {
    expect(candidates('The strike used a Baykar Kemankes drone.')[0]).toMatchObject({ model: 'Baykar Kemankes' });
  });

  it('reads two-digit numbers before a name as counts, not models', () => {
    expect(candidates('The list ranked 40 Acme jets for sale.')[0]?.model ?? null).toBeNull();
    expect(candidates('Pilots praised the 737 Max jet.')[0]).toMatchObject({ model: '737 Max' });
  });
});

describe('designators and vessel names', () => {
  it('reads slash designators with maker and system name', () => {
    const found = extract('The navy weighed the Boeing F/A-18E/F Super Hornet against an AN/SPY-6 radar upgrade.');
    expect(found.map((e) => [e.name, e.category])).toEqual([
      ['Boeing F/A-18E/F Super Hornet', 'aircraft'], ['AN/SPY-6 radar', 'radar'],
    ]);
  });

  it('reads designators with a numeric suffix before a class word', () => {
    expect(names('Gunners fired ZU-23-2 anti-aircraft guns at the drones.')[0]).toBe('ZU-23-2 anti-aircraft guns');
  });

  it('reads ambiguous ship prefixes only after a vessel word or "the"', () => {
    expect(names('A Greek destroyer JS Aurora sailed.')).toEqual(['JS Aurora']);
    expect(names('She codes in JS Monday to Friday.')).toEqual([]);
  });
});

describe('not equipment', () => {
  it('skips a class word that describes a person, trade or business', () => {
    expect(names('The plane maker hired a ship captain and forty drone operators.')).toEqual([]);
  });

  it('skips means of travel', () => {
    expect(names('She was on a plane to Lisbon. They came by boat, and others by train, airplane or bus.')).toEqual([]);
    expect(names('The town was attacked by planes at night.')).toEqual(['planes']);
  });

  it('skips comparisons', () => {
    expect(names('The old fridge sounded like a passing cargo plane.')).toEqual([]);
  });

  it('skips radar as a technique or as data, but keeps a radar', () => {
    expect(names('The map was based on radar and infrared data; radar images showed ice.')).toEqual([]);
    expect(names('The probe carries a radar.')).toEqual(['radar']);
  });

  it('keeps a phone camera out but an optical camera in', () => {
    expect(names('The phone has a 12MP camera.')).toEqual([]);
    expect(names('The satellite carries a high-resolution optical camera.')).toEqual(['satellite', 'optical camera']);
  });
});

describe('recall', () => {
  it('reads hardware acronyms in capitals', () => {
    expect(names('Militants fired MANPADS at a UAV, and the test of two ICBMs went ahead.')).toEqual(['MANPADS', 'UAV', 'ICBMs']);
    expect(names('The APC won the vote.')).toEqual([]);
  });

  it('reads batteries, shells, mines, munitions, cruisers and military trucks with their class words', () => {
    expect(names('Kyiv wants Patriot batteries; gunners fired artillery shells and sowed naval mines.'))
      .toEqual(['Patriot batteries', 'artillery shells', 'naval mines']);
    expect(names('A guided-missile cruiser, loitering munitions and military trucks were seen.'))
      .toEqual(['guided-missile cruiser', 'loitering munitions', 'military trucks']);
    expect(names('He bought 12V batteries and shares in a shell company; the coal mine closed.')).toEqual([]);
  });

  it('finds boats, space probes and telescopes', () => {
    expect(names('A fishing boat sank near the reef.')).toEqual(['fishing boat']);
    expect(names('The Juno Jupiter probe and a robotic probe sent data.')).toEqual(['Juno Jupiter probe', 'robotic probe']);
    expect(names('Astronomers using a telescope in Chile saw it; an impeachment probe began.')).toEqual(['telescope']);
  });
});
