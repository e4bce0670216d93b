import { describe, expect, it } from 'vitest';
import { listedOrganization } from '../../../../src/facts/actors/rules/listed-organization.js';
import { organizationShape } from '../../../../src/facts/actors/rules/organization-shape.js';
import type { Candidate } from '../../../../src/facts/actors/rules/rule.js';
import { actorsOf, find, names, runNamed, runsOf } from '../helpers.js';

describe('listedOrganization', () => {
  const text = 'Investors backed Mirovo Holdings, Quandrel, and Tessaline Corp. in May.';
  const { ctx, runs } = runsOf(text);
  const found: Candidate[] = ['Mirovo Holdings', 'Tessaline Corp.'].flatMap((name) => organizationShape.claim(runNamed(runs, name), ctx)!);

  it('takes an undecided word listed between organizations as one', () => {
    expect(listedOrganization.find([runNamed(runs, 'Quandrel')], found, ctx).map((c) => [c.rule, c.type, c.name])).toEqual([
      ['listedOrganization', 'organization', 'Quandrel'],
    ]);
  });
  it('only reads the runs left undecided, and needs organizations beside them', () => {
    expect(listedOrganization.find([], found, ctx)).toEqual([]);
    expect(listedOrganization.find([runNamed(runs, 'Quandrel')], [], ctx)).toEqual([]);
  });
  it('takes an unknown word listed between organizations as one', () => {
    const actors = actorsOf('The group bought Harbor Pictures, Quintrel and Zappify Inc. over ten years.');
    expect(find(actors, 'Quintrel')?.type).toBe('organization');
  });
  it('does not take a word joined by "and" alone, without a comma list', () => {
    expect(names('Unlike the Quintrel and Zappify Inc. cases, this one was quick.')).not.toContain('Quintrel');
  });
});
