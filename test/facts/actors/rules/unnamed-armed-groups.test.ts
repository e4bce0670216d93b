import { describe, expect, it } from 'vitest';
import { unnamedArmedGroups } from '../../../../src/facts/actors/rules/unnamed-armed-groups.js';
import { actorsOf, find, runsOf } from '../helpers.js';

describe('unnamedArmedGroups', () => {
  it('finds an armed collective after a group adjective, in any case', () => {
    const { ctx } = runsOf('Separatist fighters and extremist militias clashed; insurgent groups watched.');
    expect(unnamedArmedGroups.find([], [], ctx).map((c) => [c.type, c.name])).toEqual([
      ['group', 'Separatist fighters'], ['group', 'extremist militias'], ['group', 'insurgent groups'],
    ]);
  });
  it('needs the two words side by side', () => {
    const { ctx } = runsOf('The extremist, some said, led armed groups.');
    expect(unnamedArmedGroups.find([], [], ctx)).toEqual([]);
  });
  it('emits unnamed armed groups as groups', () => {
    const actors = actorsOf('Later Kenyan troops withdrew, and jihadist groups moved into the area.');
    expect(find(actors, 'jihadist groups')?.type).toBe('group');
  });
});
