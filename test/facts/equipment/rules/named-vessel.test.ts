import { describe, expect, it } from 'vitest';
import { namedVessel } from '../../../../src/facts/equipment/rules/named-vessel.js';
import { found, spans } from './helpers.js';

const names = (text: string) => found(namedVessel, text).map((c) => c.classPhrase);

describe('namedVessel', () => {
  it('reads a ship prefix and name', () => {
    expect(names('The USS Harbor Light docked at dawn.')).toEqual(['USS Harbor Light']);
  });

  it('makes the name a vessel of its own', () => {
    expect(found(namedVessel, 'The destroyer HMS Quillon sailed.')[0]).toMatchObject({
      properName: 'HMS Quillon', category: 'vessel', family: 'ship', bare: false,
    });
  });

  it('reads at most four name words', () => {
    expect(spans(namedVessel, 'The USS Amber Tide Rising Star Beacon docked.')).toEqual(['USS Amber Tide Rising Star']);
  });

  it('takes a weak prefix only after "the" or a vessel class word', () => {
    expect(names('The MV Coral Wren ran aground.')).toEqual(['MV Coral Wren']);
    expect(names('She learned JS Basics online.')).toEqual([]);
  });

  it('needs the prefix in capitals and a capitalized name', () => {
    expect(names('The uss Lantern sailed, and the HMS crew rested.')).toEqual([]);
  });
});

describe('namedVessel prefixes', () => {
  it('reads HS, FGS and BAP names, the weak HS only after a class word or "the"', () => {
    expect(spans(namedVessel, 'The frigate HS Thalassa met FGS Nordwind and BAP Pisco.')).toEqual(['HS Thalassa', 'FGS Nordwind', 'BAP Pisco']);
    expect(spans(namedVessel, 'Her HS Diploma arrived.')).toEqual([]);
  });
});
