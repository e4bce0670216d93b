import { describe, expect, it } from 'vitest';
import { runsOf } from '../helpers.js';

describe('createRuleContext', () => {
  it('counts lower-case, mid-sentence and standalone uses of words', () => {
    const { ctx } = runsOf('Sales rose at Brinmoor. The brinmoor sales team met Tova Rask, and Brinmoor said so.');
    expect(ctx.lowercaseWords.has('brinmoor')).toBe(true);
    expect(ctx.midSentenceCounts.get('Brinmoor')).toBe(2);
    expect(ctx.standaloneWords.has('Brinmoor')).toBe(true);
    expect(ctx.standaloneWords.has('Tova')).toBe(false);
    expect(ctx.actingUses.get('Brinmoor')).toBe(1);
  });
  it('records product uses, vessel names and acronyms only used as modifiers', () => {
    const { ctx } = runsOf('The navy bought Skarn jets and KVL units. The ship HMS Tolland sailed, and KVL drones flew.');
    expect(ctx.productUses.get('Skarn')).toBe(1);
    expect(ctx.vesselNames.has('Tolland')).toBe(true);
    expect(ctx.modifierOnlyAcronyms.has('KVL')).toBe(true);
  });
  it('reads acronym definitions and whether the text is English', () => {
    const { ctx } = runsOf('The Harbour Pilots Guild (HPG) met on Monday.');
    expect(ctx.definitions.get('HPG')).toBe('Harbour Pilots Guild');
    expect(ctx.english).toBe(true);
    const german = 'Die Regierung und die Behörden prüfen das Gesetz seit Jahren, und die Bürger warten auf eine Antwort der Verwaltung. '.repeat(4);
    expect(runsOf(german).ctx.english).toBe(false);
  });
});
