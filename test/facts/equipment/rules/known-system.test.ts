// Distinctive system names standing alone. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { knownSystem } from '../../../../src/facts/equipment/rules/known-system.js';
import { found } from './helpers.js';

const read = (text: string) => found(knownSystem, text).map((c) => [text.slice(c.start, c.end), c.model, c.category]);

describe('knownSystem', () => {
  it('reads singular and plural names with their category', () => {
    expect(read('The allies sent Javelins, NLAWs and a Kinzhal fell.')).toEqual([
      ['Javelins', 'Javelin', 'missile'], ['NLAWs', 'NLAW', 'missile'], ['Kinzhal', 'Kinzhal', 'missile'],
    ]);
  });

  it('reads a count before the name', () => {
    expect(found(knownSystem, 'They fired three Scuds.')[0]).toMatchObject({ model: 'Scud', quantity: 3 });
  });

  it('skips a singular name that only starts a sentence, lower-case words and headlines', () => {
    expect(read('Grad students marched. She threw the javelin.')).toEqual([]);
    expect(found(knownSystem, 'Allies Send Javelins To The Front', true)).toEqual([]);
  });
});
