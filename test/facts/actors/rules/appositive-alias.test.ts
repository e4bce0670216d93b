import { describe, expect, it } from 'vitest';
import { withAppositiveAlias } from '../../../../src/facts/actors/rules/appositive-alias.js';
import { candidate } from '../../../../src/facts/actors/rules/rule.js';
import { actorsOf, runsOf } from '../helpers.js';

function organizationAt(text: string, name: string) {
  const start = text.indexOf(name);
  return candidate('test', 'organization', name, { start, end: start + name.length, text: name });
}

describe('withAppositiveAlias', () => {
  it('takes a description after the name, between commas, as an alias', () => {
    const text = 'Freight moved by Railkor, the national rail operator, on Monday.';
    expect(withAppositiveAlias(organizationAt(text, 'Railkor'), runsOf(text).ctx).aliases).toEqual(['national rail operator']);
  });
  it('takes a description right before the name as an alias', () => {
    const text = 'Freight moved by the national rail operator Railkor on Monday.';
    expect(withAppositiveAlias(organizationAt(text, 'Railkor'), runsOf(text).ctx).aliases).toEqual(['national rail operator']);
  });
  it('ignores a description that is no kind of body, and a one-word one', () => {
    const text = 'Freight moved by Railkor, the quiet newcomer, and by the operator Tessly.';
    const { ctx } = runsOf(text);
    const plain = organizationAt(text, 'Railkor');
    expect(withAppositiveAlias(plain, ctx)).toBe(plain);
    expect(withAppositiveAlias(organizationAt(text, 'Tessly'), ctx).aliases).toEqual([]);
  });
  it('takes a described apposition as an alias of the organization', () => {
    const actors = actorsOf('Talks with Kosmoprom, the Russian space agency, stalled on Monday. The Russian Space Agency later said it would wait.');
    const orgs = actors.filter((a) => a.type === 'organization');
    expect(orgs.map((a) => a.name)).toEqual(['Kosmoprom']);
    expect(orgs[0]!.mentions.map((m) => m.text)).toEqual(['Kosmoprom', 'Russian space agency', 'Russian Space Agency']);
  });
});
