// Round-3 recall: broader class lexicon, acronym and function modifiers, contexts. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { createTextDocument } from '../../../src/facts/text/document.js';
import { extractEquipment } from '../../../src/facts/equipment/index.js';
import { isVehicleStory } from '../../../src/facts/equipment/rules/story-context.js';

const extract = (text: string) => extractEquipment(createTextDocument(text));
const names = (text: string) => extract(text).map((e) => e.name);

describe('function and acronym modifiers', () => {
  it('keeps what an aircraft is for in its name', () => {
    expect(names('A search plane circled while a tanker aircraft waited.')).toEqual(['search plane', 'tanker aircraft']);
  });

  it('reads acronyms in capitals as class modifiers and keeps their capitals', () => {
    expect(names('Crews flew FPV drones from a trench.')).toEqual(['FPV drones']);
    expect(names('An LNG tanker left the terminal.')).toEqual(['LNG tanker']);
    const mrap = extract('Two MRAP vehicles led the column.');
    expect(mrap.map((e) => [e.name, e.quantity])).toEqual([['MRAP vehicles', 2]]);
  });

  it('reads a plain name between an origin and the class as the model', () => {
    expect(extract('The gunners said they had hit an Israeli Merkava tank near the fence.')[0])
      .toMatchObject({ model: 'Merkava', origin: 'Israel' });
    expect(extract('A Russian Zarya frigate sailed past the island on its way to the port.')[0])
      .toMatchObject({ model: 'Zarya', origin: 'Russia' });
    expect(extract('A Russian Navy ship sailed past the island on its way to the port.')[0]!.model).toBeNull();
  });

  it('reads counts written with thousands separators', () => {
    expect(extract('The automaker recalled 40,000 cars.')[0]).toMatchObject({ name: 'cars', quantity: 40000 });
  });
});

describe('more classes', () => {
  it('finds artillery in lists joined by "and"', () => {
    expect(names('They fired mortars and rocket launchers, then grenade launchers.'))
      .toEqual(['mortars', 'rocket launchers', 'grenade launchers']);
    expect(names('Grind the seeds with a mortar and pestle.')).toEqual([]);
    expect(names('Riot police turned water cannon on the crowd.')).toEqual(['water cannon']);
  });

  it('finds merchant and small vessels', () => {
    expect(names('An icebreaker led a freighter, a bulk carrier and two trawlers.'))
      .toEqual(['icebreaker', 'freighter', 'bulk carrier', 'trawlers']);
    expect(names('The tanker was boarded at dawn.')).toEqual(['tanker']);
    expect(names('Tanker rates climbed again.')).toEqual([]);
  });

  it('finds standalone system acronyms', () => {
    expect(names('Kyiv received more HIMARS and ATACMS this month.')).toEqual(['HIMARS', 'ATACMS']);
  });

  it('finds space and energy hardware with their class words', () => {
    expect(names('The orbiter relayed data; the booster landed on a barge after launch.'))
      .toEqual(['orbiter', 'booster', 'barge']);
    expect(names('She got a booster shot.')).toEqual([]);
    expect(names('The farm added wind turbines and a research reactor.')).toEqual(['wind turbines', 'research reactor']);
  });
});

describe('contexts that qualify broad heads', () => {
  it('counts bombers and fighters in aviation sentences, not people', () => {
    expect(names('Russian bombers flew near the coast.')).toEqual(['bombers']);
    expect(names('The air force scrambled fighters.')).toEqual(['fighters']);
    expect(names('Foreign fighters joined the rebels.')).toEqual([]);
    expect(names('The suicide bomber flew in from abroad.')).toEqual([]);
  });

  it('counts road and rail vehicles as things, not as travel or places', () => {
    expect(names('A freight train derailed and a bus collided with a truck.')).toEqual(['freight train', 'bus', 'truck']);
    expect(names('She took the train home and later sat in the car.')).toEqual([]);
    expect(names('He drove his Ford sedan to the shop.')).toEqual([]);
  });

  it('counts vehicles in a story about vehicles as products', () => {
    const text = 'Automakers showed new models. The SUV has more horsepower, and dealerships expect buyers.';
    expect(isVehicleStory(text)).toBe(true);
    expect(names(text)).toEqual(['SUV']);
    expect(isVehicleStory('He drove to the office.')).toBe(false);
  });
});

describe('probe round 2', () => {
  it('keeps operator and purpose words in the name', () => {
    expect(names('A police helicopter followed a merchant vessel and a hot-air balloon.'))
      .toEqual(['police helicopter', 'merchant vessel', 'hot-air balloon']);
    expect(names('An unmanned surface vessel hit the pier.')).toEqual(['unmanned surface vessel']);
  });

  it('reads "vehicles" as road vehicles when recalled, not in crash statistics', () => {
    const found = extract('The company recalled two million vehicles last week.');
    expect(found.map((e) => [e.name, e.category])).toEqual([['vehicles', 'vehicle']]);
    expect(names('Deaths from motor vehicle crashes rose, researchers said.')).toEqual([]);
  });

  it('does not end a sentence at a decimal point', () => {
    expect(names('Ford is recalling 1.9 million Explorer SUVs over a loose trim piece.')).toEqual(['SUVs']);
  });

  it('reads the Space Launch System as named space hardware and "the tank of" as a figure of speech', () => {
    expect(extract('Engineers stacked the Space Launch System at the pad.')[0]).toMatchObject({ category: 'space' });
    expect(names('The tank of public patience is nearly empty, she wrote.')).toEqual([]);
  });
});

describe('other senses of the broad heads', () => {
  it('leaves people who fight out, even near travel words', () => {
    expect(names('The fighter, who won the bout by knockout, flew home on Sunday.')).toEqual([]);
    expect(names('Two fighters were killed when the warplanes struck the village.')).toEqual(['warplanes']);
    expect(names('Jets were scrambled and fighters intercepted the bomber near the airspace.'))
      .toEqual(['jets', 'fighters', 'bomber']);
  });

  it('leaves figures of speech and names out', () => {
    expect(names('The train of thought was derailed when the phone rang.')).toEqual([]);
    expect(names('The party is a vehicle for his ambitions, critics said after he crashed out.')).toEqual([]);
    expect(names('The van der Berg family recalled the night of the storm.')).toEqual([]);
  });
});
