import { describe, expect, it } from 'vitest';
import { acronymDefinitions } from '../../../src/facts/actors/rules/acronym-definitions.js';
import { trimTrailingTitles } from '../../../src/facts/actors/rules/run-shape.js';
import { actorsOf, find, runsOf } from './helpers.js';

const names = (text: string): string[] => actorsOf(text).map((a) => a.name);

describe('defined acronyms fold into their full name', () => {
  it('does not read a name across a sentence end or paragraph break', () => {
    const text = 'Talks resumed in May.\n\nThe Nordic Rowing Union (URN) banned two clubs. Later in July. The Alpine Skating Board (SAB) met.';
    const defs = acronymDefinitions(text);
    expect(defs.get('URN')).toBe('Nordic Rowing Union');
    expect(defs.get('SAB')).toBe('Alpine Skating Board');
  });
  it('gives one actor for a body and its defined acronym, with every mention', () => {
    const text = 'Nothing changed in March.\n\nThe Nordic Rowing Union (URN) banned two clubs. The union said URN rules were clear.';
    const actors = actorsOf(text);
    expect(names(text)).toEqual(['Nordic Rowing Union']);
    expect(find(actors, 'Nordic Rowing Union')!.mentions.map((m) => m.text)).toEqual(['Nordic Rowing Union', 'URN', 'URN']);
  });
});

describe('a lone head word is the organization named earlier', () => {
  it('folds "Parliament" into the earlier "Baltic Parliament"', () => {
    const actors = actorsOf('The Baltic Parliament approved the budget. Parliament will vote again next month.');
    expect(actors.map((a) => a.name)).toEqual(['Baltic Parliament']);
    expect(actors[0]!.mentions).toHaveLength(2);
  });
  it('picks the nearest earlier one when two names end in the same head', () => {
    const text = 'The Baltic Parliament met. Later the Andean Parliament met too. Parliament then adjourned.';
    const actors = actorsOf(text);
    expect(find(actors, 'Andean Parliament')!.mentions).toHaveLength(2);
    expect(find(actors, 'Baltic Parliament')!.mentions).toHaveLength(1);
  });
});

describe('organization names with nested complements', () => {
  it('continues "X for the Y of Z" and "X for Y on Z and W"', () => {
    const text = 'A report from the Institute for the Review of Tides agreed with the Centre for Studies on Coal and Clean Water on Monday.';
    expect(names(text)).toEqual(['Institute for the Review of Tides', 'Centre for Studies on Coal and Clean Water']);
  });
  it('does not extend a title\'s portfolio with a second complement', () => {
    expect(names('The Minister of Defence of Veldoria Anton Kreel resigned.')).not.toContain('Minister of Defence of Veldoria Anton Kreel');
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

describe('linear on long runs', () => {
  it('trims a long run of trailing titles in one cut', () => {
    const { ctx, rawRuns } = runsOf(`Officials met the Acme Board ${'General '.repeat(2000)}on Monday.`);
    const run = rawRuns.find((r) => r.text.startsWith('Acme'))!;
    expect(run.tokens).toHaveLength(2002);
    expect(trimTrailingTitles(run, ctx)!.text).toBe('Acme Board');
  });
  it('finds mentions inside a long hyphenated run without losing the ones around it', () => {
    const actors = actorsOf(`Officials of the Nordic Rowing Union met. ${'A-'.repeat(20_000)}B. Then the Nordic Rowing Union left.`);
    expect(actors.find((a) => a.name.endsWith('Nordic Rowing Union'))!.mentions).toHaveLength(2);
  });
});

describe('military staffs and a chief\'s command', () => {
  it('reads "the General Staff" as an organization, never a person called Staff', () => {
    const actors = actorsOf('The General Staff of the Armed Forces of Norland said 30 drones were shot down overnight.');
    expect(find(actors, 'General Staff')?.type).toBe('organization');
    expect(actors.some((a) => a.type === 'person')).toBe(false);
  });
  it('keeps a chief\'s command in the role and the name after it', () => {
    expect(find(actorsOf('Chief of the General Staff Oleg Varnov visited the front on Friday.'), 'Oleg Varnov')).toMatchObject({
      type: 'person', roles: ['Chief of the General Staff'],
    });
    expect(find(actorsOf('Chief of Police Anna Berg said two men were held.'), 'Anna Berg')).toMatchObject({
      type: 'person', roles: ['Chief of Police'],
    });
  });
});
