// Later bare designators of a model the article named. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { extractEquipment } from '../../../../src/facts/equipment/index.js';
import { modelEchoes } from '../../../../src/facts/equipment/rules/model-echo.js';
import { createTextDocument } from '../../../../src/facts/text/document.js';
import { found } from './helpers.js';
import { hardwareClassLexicon } from '../../../../src/facts/equipment/rules/class-word.js';
import { scanWords } from '../../../../src/facts/equipment/tokens.js';

const extract = (text: string) => extractEquipment(createTextDocument(text));

describe('modelEchoes', () => {
  it('finds a named model again as its bare designator, singular or plural', () => {
    const text = 'The navy ordered Akash ZX9 drones. Two ZX9s flew on Monday, and a ZX9 crashed.';
    const echoes = modelEchoes(text, scanWords(text), found(hardwareClassLexicon, text));
    expect(echoes.map((c) => [text.slice(c.start, c.end), c.model])).toEqual([['ZX9s', 'Akash ZX9'], ['ZX9', 'Akash ZX9']]);
  });

  it('merges the echoes into the one thing, with every offset', () => {
    const text = 'Rebels fielded QX40 rocket launchers. The QX40s fired at dawn.';
    const [entry] = extract(text);
    expect(entry!.mentions.map((m) => m.text)).toEqual(['QX40 rocket launchers', 'QX40s']);
    for (const m of entry!.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('leaves a designator before the model was named, and longer variants, to the rules', () => {
    const text = 'A QX40-B was seen. Later QX40 rocket launchers fired.';
    expect(modelEchoes(text, scanWords(text), found(hardwareClassLexicon, text))).toEqual([]);
  });
});
