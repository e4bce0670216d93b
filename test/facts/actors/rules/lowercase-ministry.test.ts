import { describe, expect, it } from 'vitest';
import { countryGazetteer } from '../../../../src/facts/actors/rules/country-gazetteer.js';
import { actorsOf, claimOf, find } from '../helpers.js';

describe('lowercaseMinistry', () => {
  it('adds the ministry written in lower case after its country', () => {
    const out = claimOf(countryGazetteer, "On Friday Chile's defence ministry denied the report.", 'Chile')!;
    expect(out.map((c) => [c.rule, c.name, c.mention.text])).toEqual([
      ['countryGazetteer', 'Chile', 'Chile'],
      ['lowercaseMinistry', 'Chilean Defence Ministry', 'defence ministry'],
    ]);
    expect(out[1]!.aliases).toEqual(['defence ministry']);
  });
  it('names a ministry written in lower case after its country', () => {
    const actors = actorsOf('Talks stalled on Monday. Later Norway’s foreign ministry said it had no comment.');
    expect(find(actors, 'Norwegian Foreign Ministry')!.mentions.map((m) => m.text)).toEqual(['foreign ministry']);
    expect(find(actors, 'Norway')?.type).toBe('country');
  });
  it('needs a portfolio word before "ministry"', () => {
    expect(claimOf(countryGazetteer, "On Friday Chile's new ministry opened.", 'Chile')!.map((c) => c.rule)).toEqual(['countryGazetteer']);
  });
});
