import { describe, expect, it } from 'vitest';
import { eventWordsFollow } from '../../../../src/facts/actors/rules/event-context.js';
import { actorsOf, runNamed, runsOf } from '../helpers.js';

function follows(text: string, name: string): boolean {
  const { ctx, runs } = runsOf(text);
  return eventWordsFollow(runNamed(runs, name), ctx);
}

describe('eventWordsFollow', () => {
  it('reads a name before a year and an event noun as an event', () => {
    expect(follows('Scores came in from the Kestrel Shield 04 junior chess tournament late.', 'Kestrel Shield')).toBe(true);
    expect(follows('He won the Velmar Harlow 1997 cycling race in May.', 'Velmar Harlow')).toBe(true);
  });
  it('reads an event word wrapped onto the next line as the end of the name', () => {
    expect(follows('Entries for the Dunmore Autumn\nTrophy are due by the end of the month.', 'Dunmore Autumn')).toBe(true);
  });
  it('leaves a club with a number and a body before its event noun alone', () => {
    expect(follows('Dunmore Rovers 96 fans waited outside.', 'Dunmore Rovers')).toBe(false);
    expect(follows('Teams from the Harlow League tournament met.', 'Harlow League')).toBe(false);
    expect(follows('Results on Sunday: Harlow Rovers 2 Dunmore Town 1.', 'Harlow Rovers')).toBe(false);
  });
  it('keeps such an event out of the organizations', () => {
    const actors = actorsOf('HARLOW 2004-05-02\nScores came in from the Kestrel Shield 04\njunior chess tournament late.');
    expect(actors.some((a) => a.type === 'organization' && a.name.includes('Kestrel'))).toBe(false);
  });
});
