import { describe, expect, it } from 'vitest';
import { modelDesignator } from '../../../../src/facts/equipment/rules/model-designator.js';
import { found, spans } from './helpers.js';

const models = (text: string) => found(modelDesignator, text).map((c) => c.model);

describe('modelDesignator', () => {
  it('finds designators with a known military prefix', () => {
    expect(models('Ankara received the S-400 and flew F-16s over the Su-35S.')).toEqual(['S-400', 'F-16', 'Su-35S']);
    expect(models('An MQ-9 Reaper was lost.')).toEqual(['MQ-9 Reaper']);
  });

  it('ignores look-alikes', () => {
    expect(models('The G-20 met during COVID-19 while IL-6 levels rose and the F-1 visa lapsed.')).toEqual([]);
  });

  it('drops the plural from the model and reads a count before it', () => {
    const text = 'Kyiv asked for 24 F-16s and a Su-25s.';
    expect(found(modelDesignator, text).map((c) => [c.model, c.quantity, c.category])).toEqual([
      ['F-16', 24, 'aircraft'], ['Su-25', null, 'aircraft'],
    ]);
    expect(spans(modelDesignator, text)).toEqual(['F-16', 'Su-25']);
  });

  it('skips designators inside numbers or codes, and one-digit numbers after two-digit prefixes', () => {
    expect(models('Ranges of L-21.4 C-22.9 and -C-22 and A-1 grades.')).toEqual([]);
  });

  it('leaves slash designators to their own rule', () => {
    expect(models('Crews loaded an F/A-18E onto the deck.')).toEqual([]);
  });

  it('reads small arms, drone families and Chinese designations by their prefix', () => {
    expect(found(modelDesignator, 'The raiders left an AK-74 and a Geran-2 near a J-20.').map((c) => [c.model, c.category])).toEqual([
      ['AK-74', 'small arms'], ['Geran-2', 'drone'], ['J-20', 'aircraft'],
    ]);
    expect(models('She got a J-1 visa.')).toEqual([]);
  });
});
