// The defence classes of the class-word lexicon, each with its category, and the other senses of their words.
// Every sentence is written for this test.
import { describe, expect, it } from 'vitest';
import { extractEquipment } from '../../../../src/facts/equipment/index.js';
import { createTextDocument } from '../../../../src/facts/text/document.js';

const extract = (text: string) => extractEquipment(createTextDocument(text));
const named = (text: string) => extract(text).map((e) => [e.name, e.category]);

describe('defence classes and their categories', () => {
  it('reads aircraft by role, AWACS and helicopters', () => {
    expect(named('Two fighter-bombers, an AWACS and a tanker aircraft left the base before the attack helicopters.')).toEqual([
      ['fighter-bombers', 'aircraft'], ['AWACS', 'aircraft'], ['tanker aircraft', 'aircraft'], ['attack helicopters', 'helicopter'],
    ]);
  });

  it('reads drones and loitering munitions as drones', () => {
    expect(named('The unit flew one-way attack drones and loitering munitions over the ridge.')).toEqual([
      ['one-way attack drones', 'drone'], ['loitering munitions', 'drone'],
    ]);
  });

  it('reads missiles by role, rockets, artillery, mortars and MLRS', () => {
    expect(named('Gunners answered anti-ship missiles with 155mm howitzers, an artillery piece, mortars and an MLRS.')).toEqual([
      ['anti-ship missiles', 'missile'], ['155mm howitzers', 'artillery'], ['artillery piece', 'artillery'],
      ['mortars', 'artillery'], ['MLRS', 'rocket artillery'],
    ]);
    expect(named('The brigade moved its multiple rocket launchers south.')).toEqual([['multiple rocket launchers', 'rocket artillery']]);
  });

  it('reads tanks, IFVs, APCs, tank destroyers and military vehicles', () => {
    expect(named('A main battle tank, an armoured personnel carrier and a tank destroyer escorted the tactical vehicles.')).toEqual([
      ['main battle tank', 'tank'], ['armoured personnel carrier', 'armored vehicle'], ['tank destroyer', 'armored vehicle'],
      ['tactical vehicles', 'military vehicle'],
    ]);
  });

  it('reads technicals and VBIEDs', () => {
    expect(named('Strikes destroyed two VBIEDs and three technicals near the bridge.')).toEqual([
      ['VBIEDs', 'explosive'], ['technicals', 'military vehicle'],
    ]);
    expect(named('Engineers found a technical and a truck bomb.')).toEqual([['technical', 'military vehicle'], ['truck bomb', 'explosive']]);
  });

  it('reads IEDs, mines, grenades and rounds', () => {
    expect(named('Sappers lifted an IED, anti-personnel mines, hand grenades and mortar rounds.')).toEqual([
      ['IED', 'explosive'], ['anti-personnel mines', 'mine'], ['hand grenades', 'explosive'], ['mortar rounds', 'munition'],
    ]);
  });

  it('reads small arms', () => {
    expect(named('The cache held assault rifles, a heavy machine gun, pistols and RPGs.')).toEqual([
      ['assault rifles', 'small arms'], ['heavy machine gun', 'small arms'], ['pistols', 'small arms'], ['RPGs', 'small arms'],
    ]);
  });

  it('reads air defence, radar and systems by their modifiers', () => {
    expect(named('Crews moved a surface-to-air missile system, a radar and a mortar system.')).toEqual([
      ['surface-to-air missile system', 'air defense system'], ['radar', 'radar'], ['mortar system', 'artillery'],
    ]);
    expect(named('They shot at the helicopter with SAMs.')).toEqual([['helicopter', 'helicopter'], ['SAMs', 'air defense system']]);
  });

  it('reads ships and submarines by type', () => {
    expect(named('A battleship, an offshore patrol vessel, a landing ship and a diesel-electric submarine anchored.')).toEqual([
      ['battleship', 'vessel'], ['offshore patrol vessel', 'vessel'], ['landing ship', 'vessel'], ['diesel-electric submarine', 'submarine'],
    ]);
  });

  it('files satellites, launch vehicles and reentry vehicles as space, not as armored vehicles', () => {
    expect(named('The launch vehicle put a weather satellite into orbit, and the reentry vehicle came down.')).toEqual([
      ['launch vehicle', 'space'], ['weather satellite', 'space'], ['reentry vehicle', 'space'],
    ]);
    expect(named('The rocket lifted off from the spaceport.')).toEqual([['rocket', 'space']]);
    expect(named('Gunmen fired rockets at the barracks.')).toEqual([['rockets', 'rocket']]);
  });

  it('takes the category of a broad head from its model', () => {
    expect(named('Three KC-46 tankers refuelled the jets.')[0]).toEqual(['KC-46 tankers', 'aircraft']);
    expect(named('An oil tanker was seized.')).toEqual([['oil tanker', 'vessel']]);
  });

  it('names weapons only with what they do', () => {
    expect(named('The militia gave up its anti-tank weapons.')).toEqual([['anti-tank weapons', 'missile']]);
    expect(named('Weapons were everywhere, and the weapons program stalled.')).toEqual([]);
  });
});

describe('other senses of defence words', () => {
  it('leaves tanks of water, think tanks and a vehicle for change out', () => {
    expect(named('She filled a water tank; the think tank called the bill a vehicle for change.')).toEqual([]);
  });

  it('leaves figures of speech out', () => {
    expect(named('The winger struck a missile of a shot and then a rocket of a header.')).toEqual([]);
    expect(extract('Crews saw a missile of a type no one had seen.').map((e) => e.name)).toEqual(['missile']);
  });

  it('reads an acronym head only in capitals', () => {
    expect(named('Sam waved, and Ied smiled at the party platform.')).toEqual([]);
  });

  it('reads "technical" as a vehicle only where no noun follows it', () => {
    expect(named('The technical issue and the technical staff were blamed.')).toEqual([]);
  });

  it('leaves water pistols, rifle ranges and firearm licences out', () => {
    expect(named('Kids sprayed a water pistol near the rifle range; he lost his firearm licence.')).toEqual([]);
  });

  it('leaves the games sense of RPG out', () => {
    expect(named('The studio released an RPG game and RPG fans cheered.')).toEqual([]);
  });
});

describe('classes that count in a strike', () => {
  it('reads vehicles, trucks, shells and rounds where the sentence strikes or fires', () => {
    expect(named('An airstrike destroyed two vehicles and a truck.')).toEqual([['vehicles', 'vehicle'], ['truck', 'vehicle']]);
    expect(named('Gunners fired shells and rounds at the ridge.')).toEqual([['shells', 'munition'], ['rounds', 'munition']]);
  });

  it('leaves sea shells, shell companies and rounds of talks out', () => {
    expect(named('The sea shells were pretty; the shell company folded after rounds of talks.')).toEqual([]);
    expect(named('He parked two vehicles outside.')).toEqual([]);
  });
});

describe('explosives as a material', () => {
  it('reads seized explosives but not the experts who clear them', () => {
    expect(named('Police seized explosives and detonators.')).toEqual([['explosives', 'explosive']]);
    expect(named('Explosives experts cleared the road.')).toEqual([]);
  });
});

describe('words for people, games and colours', () => {
  it('leaves a person called a tank or a rocket out, but keeps "it was a missile"', () => {
    expect(named('She was a tank in defence and he is a real rocket.')).toEqual([]);
    expect(named('Officials said it was a missile.')).toEqual([['missile', 'missile']]);
  });

  it('leaves battleship grey, hockey oilers and a jeep tour out', () => {
    expect(named('The battleship grey hall hosted the oilers; the jeep tour left late.')).toEqual([]);
    expect(named('An army jeep and a battleship were hit.')).toEqual([['army jeep', 'military vehicle'], ['battleship', 'vessel']]);
  });
});

describe('weapons and ammunition alone', () => {
  it('reads them where arms are supplied, seized or fired', () => {
    expect(named('Police seized weapons and ammunition at the port.')).toEqual([['weapons', 'weapon'], ['ammunition', 'munition']]);
    expect(named('Weapons of mass destruction were never found.')).toEqual([['weapons of mass destruction', 'weapon']]);
  });

  it('leaves figurative weapons and the weapons debate out', () => {
    expect(named('Words are her weapons, and the weapons debate dragged on.')).toEqual([]);
  });
});

describe('munitions, ordnance, bullets and interceptors', () => {
  it('reads them with what the sentence says of them', () => {
    expect(named('Troops found rubber bullets and unexploded ordnance.')).toEqual([['rubber bullets', 'munition'], ['ordnance', 'munition']]);
    expect(named('Planes dropped munitions on the depot.')).toEqual([['planes', 'aircraft'], ['munitions', 'munition']]);
    expect(named('Crews fired interceptors at incoming rockets.')).toEqual([['interceptors', 'missile'], ['rockets', 'rocket']]);
  });

  it('leaves bullet points, a dodged bullet and bullet holes out', () => {
    expect(named('Her bullet points were short; he dodged a bullet; bullet holes marked the wall.')).toEqual([]);
  });
});
