import { describe, expect, it } from 'vitest';
import { isDesignator } from '../../../../src/facts/equipment/rules/attributes.js';
import { hardwareClassLexicon } from '../../../../src/facts/equipment/rules/class-word.js';
import { found } from './helpers.js';

const classes = (text: string) => found(hardwareClassLexicon, text).map((c) => c.classPhrase);

describe('hardwareClassLexicon', () => {
  it('keeps class compounds in the name and drops evaluative adjectives', () => {
    expect(classes('The navy fired two new cruise missiles at a depot.')).toEqual(['cruise missile']);
    expect(classes('An advanced air defence system was installed near the border.')).toEqual(['air defence system']);
    expect(classes('A latest-generation transport plane touched down.')).toEqual(['transport plane']);
  });

  it('reads origin, quantity and model from the words before the class', () => {
    const [c] = found(hardwareClassLexicon, 'Officials said 12 Turkish Bayraktar TB2 drones were delivered.');
    expect(c).toMatchObject({ classPhrase: 'drone', model: 'Bayraktar TB2', origin: 'Turkey', quantity: 12 });
    const [d] = found(hardwareClassLexicon, 'A Chinese-made Long March 5 rocket lifted off.');
    expect(d).toMatchObject({ origin: 'China', classPhrase: 'rocket' });
  });

  it('reads a class word before the head as its modifier, with that class word\'s own modifiers', () => {
    expect(classes('A bomber drone hit the depot at dawn.')).toEqual(['bomber drone']);
    expect(classes('The army said heavy bomber drones crossed the river.')).toEqual(['heavy bomber drone']);
  });

  it('reads variant and index codes that start with a digit as models', () => {
    const [c] = found(hardwareClassLexicon, 'The brigade received nine Leopard 2A7 tanks in March.');
    expect(c).toMatchObject({ classPhrase: 'tank', model: 'Leopard 2A7', quantity: 9 });
    const [d] = found(hardwareClassLexicon, 'Crews loaded 9M728 missiles onto the launchers.');
    expect(d).toMatchObject({ classPhrase: 'missile', model: '9M728' });
    expect(isDesignator('2A7')).toBe(true);
    expect(isDesignator('9M728')).toBe(true);
    expect(isDesignator('4K')).toBe(false);
    expect(isDesignator('3D')).toBe(false);
  });

  it('takes a designator in apposition after the class', () => {
    const [c] = found(hardwareClassLexicon, 'The cargo spaceship Orion MK-7 burned up on reentry.');
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
    expect(found(hardwareClassLexicon, 'Army Sends Attack Helicopters To The Coast', true).map((c) => c.classPhrase))
      .toEqual(['attack helicopter']);
  });

  it('keeps the proper name of a named station', () => {
    const [c] = found(hardwareClassLexicon, 'Astronauts returned from the Lunar Gateway Space Station today.');
    expect(c).toMatchObject({ properName: 'Lunar Gateway', classPhrase: 'Space Station' });
  });

  it('reads a plain capitalized word before space hardware as its name, but not operators or planets', () => {
    expect(found(hardwareClassLexicon, 'Data came from the agency\'s Juniper spacecraft and a NASA satellite.')
      .map((c) => c.model)).toEqual(['Juniper', null]);
    expect(classes('Engineers tested a Mars rover in the desert.')).toEqual(['Mars rover']);
  });

  it('makes a bare "craft" only anaphoric, and never the verb', () => {
    const crafts = found(hardwareClassLexicon, 'The craft reached orbit. Writers craft stories.');
    expect(crafts).toHaveLength(1);
    expect(crafts[0]).toMatchObject({ anaphoric: true });
  });
});

describe('hardwareClassLexicon: the candidate it builds', () => {
  it('gives the singular class phrase, the plural phrase and the count of a plural mention', () => {
    const [c] = found(hardwareClassLexicon, 'Three patrol boats left the port.');
    expect(c).toMatchObject({ classPhrase: 'patrol boat', pluralPhrase: 'patrol boats', classKey: 'patrol boat', quantity: 3, bare: true });
  });

  it('marks "a second ..." as another thing and "the ..." as one already in the story', () => {
    expect(found(hardwareClassLexicon, 'A second satellite reached orbit.')[0]).toMatchObject({ distinct: true, definite: false });
    expect(found(hardwareClassLexicon, 'The frigate turned back.')[0]).toMatchObject({ distinct: false, definite: true });
  });

  it('leaves a possessive ending out of the span', () => {
    const text = "The destroyer's crew waved.";
    expect(found(hardwareClassLexicon, text).map((c) => text.slice(c.start, c.end))).toEqual(['destroyer']);
  });

  it('widens the span to the model and the count words it read', () => {
    const text = 'Crews fired two Kh-101 cruise missiles.';
    expect(found(hardwareClassLexicon, text).map((c) => text.slice(c.start, c.end))).toEqual(['Kh-101 cruise missiles']);
  });
});

describe('hardwareClassLexicon: senses that are not hardware', () => {
  it('skips a way of travelling and a comparison', () => {
    expect(classes('She travelled to the summit by plane.')).toEqual([]);
    expect(classes('It sounded like a passing jet overhead.')).toEqual([]);
  });

  it('takes a broad head without a modifier only in its context', () => {
    expect(classes('Bombers took off from the air base.')).toEqual(['bomber']);
    expect(classes('The bombers were in the news.')).toEqual([]);
  });
});
