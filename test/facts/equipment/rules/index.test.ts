import { describe, expect, it } from 'vitest';
import { extractEquipment } from '../../../../src/facts/equipment/index.js';
import { EQUIPMENT_RULES } from '../../../../src/facts/equipment/rules/index.js';
import { createTextDocument } from '../../../../src/facts/text/document.js';
import { spans } from './helpers.js';

describe('EQUIPMENT_RULES', () => {
  it('lists every rule once, the richest reading first', () => {
    expect(EQUIPMENT_RULES.map((r) => r.name)).toEqual(['class-word', 'named-vessel', 'maker-model', 'model-designator', 'slash-designator', 'known-system']);
  });

  it('lets the class reading win where it overlaps a bare model reading', () => {
    const text = 'Crews fired two Kh-101 cruise missiles.';
    const [classWord, , , designator] = EQUIPMENT_RULES;
    expect(spans(classWord!, text)).toEqual(['Kh-101 cruise missiles']);
    expect(spans(designator!, text)).toEqual(['Kh-101']);
    const entries = extractEquipment(createTextDocument(text));
    expect(entries.map((e) => [e.name, e.model, e.quantity])).toEqual([['Kh-101 cruise missiles', 'Kh-101', 2]]);
    expect(entries[0]!.mentions.map((m) => m.text)).toEqual(['Kh-101 cruise missiles']);
  });
});
