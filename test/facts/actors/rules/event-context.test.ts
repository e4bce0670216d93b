import { describe, expect, it } from 'vitest';
import { eventWordsFollow } from '../../../../src/facts/actors/rules/event-context.js';
import { actorsOf, runNamed, runsOf } from '../helpers.js';

function follows(text: string, name: string): boolean {
  const { ctx, runs } = runsOf(text);
  return eventWordsFollow(runNamed(runs, name), ctx);
}

describe('eventWordsFollow', () => {
  it('reads a name before a year and an event noun as an event', () => {
    expect(follows('Results in the Trofej Dunmore 96 international basketball tournament on Saturday.', 'Trofej Dunmore')).toBe(true);
    expect(follows('He won the Velmar Harlow 1997 cycling race in May.', 'Velmar Harlow')).toBe(true);
  });
  it('reads an event word wrapped onto the next line as the end of the name', () => {
    expect(follows('Result of the Harlow Breeders\nStakes, a race for two-year-olds.', 'Harlow Breeders')).toBe(true);
  });
  it('leaves a club with a number and a body before its event noun alone', () => {
    expect(follows('Dunmore Rovers 96 fans waited outside.', 'Dunmore Rovers')).toBe(false);
    expect(follows('Teams from the Harlow League tournament met.', 'Harlow League')).toBe(false);
    expect(follows('Results on Sunday: Harlow Rovers 2 Dunmore Town 1.', 'Harlow Rovers')).toBe(false);
  });
  it('keeps such an event out of the organizations', () => {
    const actors = actorsOf('BELGRADE 1996-08-31\nResults in the Trofej Dunmore 96\ninternational basketball tournament on Saturday.');
    expect(actors.some((a) => a.type === 'organization' && a.name.includes('Dunmore'))).toBe(false);
  });
});
