import { describe, expect, it } from 'vitest';
import { scanWords } from '../../../src/facts/equipment/tokens.js';
import { isDesignator, originAttribute, quantityAttribute } from '../../../src/facts/equipment/rules/attributes.js';
import { hardwareClassLexicon } from '../../../src/facts/equipment/rules/class-word.js';
import { makerModel } from '../../../src/facts/equipment/rules/maker-model.js';
import { modelDesignator } from '../../../src/facts/equipment/rules/model-designator.js';
import { namedVessel } from '../../../src/facts/equipment/rules/named-vessel.js';
import type { RuleContext } from '../../../src/facts/equipment/rules/rule.js';
import { slashDesignator } from '../../../src/facts/equipment/rules/slash-designator.js';

function context(text: string, titleCase = false): RuleContext {
  return { text, words: scanWords(text), inTitleCase: () => titleCase };
}

const classes = (text: string) => hardwareClassLexicon.find(context(text)).map((c) => c.classPhrase);

describe('hardwareClassLexicon', () => {
  it('keeps class compounds in the name and drops evaluative adjectives', () => {
    expect(classes('The navy fired two new cruise missiles at a depot.')).toEqual(['cruise missile']);
    expect(classes('An advanced air defence system was installed near the border.')).toEqual(['air defence system']);
    expect(classes('A latest-generation transport plane touched down.')).toEqual(['transport plane']);
  });

  it('reads origin, quantity and model from the words before the class', () => {
    const [c] = hardwareClassLexicon.find(context('Officials said 12 Turkish Bayraktar TB2 drones were delivered.'));
    expect(c).toMatchObject({ classPhrase: 'drone', model: 'Bayraktar TB2', origin: 'Turkey', quantity: 12 });
    const [d] = hardwareClassLexicon.find(context('A Chinese-made Long March 5 rocket lifted off.'));
    expect(d).toMatchObject({ origin: 'China', classPhrase: 'rocket' });
  });

  it('reads a class word before the head as its modifier, with that class word\'s own modifiers', () => {
    expect(classes('A bomber drone hit the depot at dawn.')).toEqual(['bomber drone']);
    expect(classes('The army said heavy bomber drones crossed the river.')).toEqual(['heavy bomber drone']);
  });

  it('reads variant and index codes that start with a digit as models', () => {
    const [c] = hardwareClassLexicon.find(context('The brigade received nine Leopard 2A7 tanks in March.'));
    expect(c).toMatchObject({ classPhrase: 'tank', model: 'Leopard 2A7', quantity: 9 });
    const [d] = hardwareClassLexicon.find(context('Crews loaded 9M728 missiles onto the launchers.'));
    expect(d).toMatchObject({ classPhrase: 'missile', model: '9M728' });
    expect(isDesignator('2A7')).toBe(true);
    expect(isDesignator('9M728')).toBe(true);
    expect(isDesignator('4K')).toBe(false);
    expect(isDesignator('3D')).toBe(false);
  });

  it('takes a designator in apposition after the class', () => {
    const [c] = hardwareClassLexicon.find(context('The cargo spaceship Orion MK-7 burned up on reentry.'));
    expect(c).toMatchObject({ classPhrase: 'cargo spaceship', model: 'Orion MK-7' });
    expect(c!.end).toBe('The cargo spaceship Orion MK-7'.length);
  });

  it('needs a class modifier for broad heads', () => {
    expect(classes('The new filing system failed again.')).toEqual([]);
    expect(classes('Two aircraft carriers sailed; the carrier announced cheaper fares.')).toEqual(['aircraft carrier']);
    expect(classes('A strategic bomber flew over; the bomber was later arrested.')).toEqual(['strategic bomber']);
  });

  it('rejects idioms and other senses of class words', () => {
    expect(classes('A think tank in the capital published a study on fish tanks.')).toEqual([]);
    expect(classes('Share prices rocketed and she was promoted to rocket scientist.')).toEqual([]);
    expect(classes('Damage to a blood vessel can be serious.')).toEqual([]);
    expect(classes('The quiet candidate stayed under the radar for months.')).toEqual([]);
    expect(classes('The coach vowed to right the ship after four losses.')).toEqual([]);
    expect(classes('The console ships the same week as the game.')).toEqual([]);
    expect(classes('He wore a tank top and ordered a bath bomb.')).toEqual([]);
    expect(classes('Senators debated the missile treaty all week.')).toEqual([]);
  });

  it('keeps guns of weapon systems but not small arms', () => {
    expect(classes('The frigate carries a naval gun; police seized a gun and two water cannons were used.'))
      .toEqual(['frigate', 'naval gun', 'water cannon']);
  });

  it('keeps plural class words after a verb or a clause opener', () => {
    expect(classes('Rebels fired rockets at the base and threatened more if tanks advanced.')).toEqual(['rocket', 'tank']);
  });

  it('skips capitalized class words inside names unless the sentence is a headline', () => {
    expect(classes('She watched Shark Tank with her brother.')).toEqual([]);
    expect(hardwareClassLexicon.find(context('Army Sends Attack Helicopters To The Coast', true)).map((c) => c.classPhrase))
      .toEqual(['attack helicopter']);
  });

  it('keeps the proper name of a named station', () => {
    const [c] = hardwareClassLexicon.find(context('Astronauts returned from the Lunar Gateway Space Station today.'));
    expect(c).toMatchObject({ properName: 'Lunar Gateway', classPhrase: 'Space Station' });
  });

  it('reads a plain capitalized word before space hardware as its name, but not operators or planets', () => {
    expect(hardwareClassLexicon.find(context('Data came from the agency\'s Juniper spacecraft and a NASA satellite.'))
      .map((c) => c.model)).toEqual(['Juniper', null]);
    expect(classes('Engineers tested a Mars rover in the desert.')).toEqual(['Mars rover']);
  });

  it('makes a bare "craft" only anaphoric, and never the verb', () => {
    const found = hardwareClassLexicon.find(context('The craft reached orbit. Writers craft stories.'));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ anaphoric: true });
  });
});

describe('modelDesignator', () => {
  const models = (text: string) => [...modelDesignator.find(context(text)), ...slashDesignator.find(context(text))].map((c) => c.model);
  it('finds designators with a known military prefix', () => {
    expect(models('Ankara received the S-400 and flew F-16s over the Su-35S.')).toEqual(['S-400', 'F-16', 'Su-35S']);
    expect(models('An MQ-9 Reaper was lost.')).toEqual(['MQ-9 Reaper']);
  });
  it('ignores look-alikes', () => {
    expect(models('The G-20 met during COVID-19 while IL-6 levels rose and the F-1 visa lapsed.')).toEqual([]);
  });
});

describe('makerModel', () => {
  it('needs a model after the maker', () => {
    const found = makerModel.find(context('The carrier ordered 30 Boeing 787 planes; Boeing said more would follow.'));
    expect(found.map((c) => c.model)).toEqual(['Boeing 787']);
    expect(found[0]).toMatchObject({ quantity: 30, origin: 'Boeing' });
  });
});

describe('namedVessel', () => {
  it('reads a ship prefix and name', () => {
    expect(namedVessel.find(context('The USS Harbor Light docked at dawn.')).map((c) => c.classPhrase)).toEqual(['USS Harbor Light']);
  });
});

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
