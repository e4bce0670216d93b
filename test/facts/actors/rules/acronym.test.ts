import { describe, expect, it } from 'vitest';
import { acronym } from '../../../../src/facts/actors/rules/acronym.js';
import { termAcronyms } from '../../../../src/facts/actors/rules/acronym-definitions.js';
import { tokenize } from '../../../../src/facts/actors/tokens.js';
import { createTextDocument } from '../../../../src/facts/text/document.js';
import { claimOf, names } from '../helpers.js';

describe('acronym', () => {
  it('takes an all-capital word as an organization but not common abbreviations', () => {
    expect(claimOf(acronym, 'A statement from the WTA followed.', 'WTA')![0]!.type).toBe('organization');
    expect(claimOf(acronym, 'The CEO resigned after the vote.', 'CEO')).toEqual([]);
  });
  it('drops technical terms, shouted words and model codes', () => {
    expect(claimOf(acronym, 'The laptop has a faster CPU than before.', 'CPU')).toEqual([]);
    expect(claimOf(acronym, 'Prices are HUGE this week, the shop said.', 'HUGE')).toEqual([]);
    expect(claimOf(acronym, 'It ships with a ZTX 4090 graphics card.', 'ZTX')).toEqual([]);
  });
  it('drops acronyms defined as lower-case terms or spelling a hardware name', () => {
    const text = 'The probe carries a ground penetrating sonar (GPS2) and a thermal imaging radar (TIR). The Orbital Cargo Vehicle flew; the OCV landed.';
    const doc = createTextDocument(text);
    const terms = termAcronyms(text, tokenize(doc));
    expect(terms.has('TIR')).toBe(true);
    expect(terms.has('OCV')).toBe(true);
    expect(claimOf(acronym, text, 'OCV')).toEqual([]);
  });
  it('keeps an acronym the text defines as a body', () => {
    expect(claimOf(acronym, 'The Coastal Rescue Service (CRS) said the CRS was ready.', 'CRS')![0]!.type).toBe('organization');
  });
  it('drops statistics of sports tables and economic indicators', () => {
    expect(claimOf(acronym, 'The pitcher lowered his ERA to 3.10 on Sunday.', 'ERA')).toEqual([]);
    expect(claimOf(acronym, 'Bonds fell ahead of the PMI survey due on Monday.', 'PMI')).toEqual([]);
  });
  it('takes no term, regnal numeral or headline in capitals for a name with an acronym', () => {
    expect(claimOf(acronym, 'Bonds fell after the Harlow PMI rose.', 'Harlow PMI')).toBeNull();
    expect(claimOf(acronym, 'He was a cousin of Henry VIII and a poet.', 'Henry VIII')).toBeNull();
    expect(claimOf(acronym, 'Sport news.\nRUGBY - VELMAR BEAT ZORVIA IN FINAL TEST.\nVelmar won.', 'VELMAR BEAT ZORVIA IN FINAL TEST')).toBeNull();
  });
  it('takes a multi-word name with an all-capital word in it as an organization', () => {
    expect(claimOf(acronym, 'A contract went to Halden KTX last week.', 'Halden KTX')![0]).toMatchObject({ rule: 'acronymInName', type: 'organization' });
  });
});

describe('acronyms used only as modifiers are terms', () => {
  it('drops an all-caps word only ever written before a lower-case noun', () => {
    expect(names('Soldiers flew QRX drones and the QRX units stayed behind, the Zorvian Army said.')).toEqual(['Zorvian Army']);
    expect(names('Riders failed XTP tests twice this season.')).toEqual([]);
  });
  it('keeps it when it also acts alone or with people of its own', () => {
    expect(names('QRX drones flew. Later QRX said the flights were over.')).toContain('QRX');
    expect(names('QRX scientists said the drones flew.')).toContain('QRX');
    expect(names('The QRX plans to expand its drone fleet.')).toContain('QRX');
  });
});
