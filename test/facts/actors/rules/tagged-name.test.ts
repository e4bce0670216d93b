import { describe, expect, it } from 'vitest';
import { createTextDocument } from '../../../../src/facts/text/document.js';
import { tokenize } from '../../../../src/facts/actors/tokens.js';
import { createRuleContext } from '../../../../src/facts/actors/rules/context.js';
import { candidate } from '../../../../src/facts/actors/rules/rule.js';
import { singleWordOrganization } from '../../../../src/facts/actors/rules/single-word-organization.js';
import { reconsider } from '../../../../src/facts/actors/rules/tagger-reading.js';
import { tagNames } from '../../../../src/facts/actors/tagger/index.js';
import { actorsOf, find, names, runsOf } from '../helpers.js';

describe('taggedName', () => {
  it('adds people and teams that stand alone, without a title or a cue', () => {
    const actors = actorsOf('In the second half Tomas Brennan scored twice, and Fenwick Rovers beat Castor United 3-1.');
    expect(find(actors, 'Tomas Brennan')?.type).toBe('person');
    expect(find(actors, 'Fenwick Rovers')?.type).toBe('organization');
    expect(find(actors, 'Castor United')?.type).toBe('organization');
  });
  it('reads names in a paragraph written in capitals', () => {
    const found = names('BRENNAN DOUBLE SINKS CASTOR ATHLETIC\n\nTomas Brennan scored twice on Saturday as his club, Fenwick Rovers, won again.');
    expect(found).toContain('Tomas Brennan');
  });
  it('leaves the rules their names, types and roles', () => {
    const actors = actorsOf('Brixton Industries said on Monday it would hire. Later Brixton Industries and Tomas Brennan, its chairman, spoke.');
    expect(find(actors, 'Brixton Industries')?.type).toBe('organization');
    expect(actorsOf('Chairman Tomas Brennan spoke. Brennan left.').filter((a) => a.type === 'person')).toHaveLength(1);
  });
  it('keeps sentence-initial words, calendar words and identities off actors', () => {
    const found = names('But It was late. Muslims and Christians met on Monday. Less Money, More Problems');
    for (const word of ['But', 'It', 'Muslims', 'Christians', 'Monday', 'Less Money']) expect(found).not.toContain(word);
  });
  it('ignores a dateline in capitals inside a paragraph of normal case', () => {
    expect(names('PORT ELLIS — Crews worked late on Monday, the mayor said.')).not.toContain('PORT ELLIS');
  });
});

describe('reconsider (the tagger checks organizations guessed from shape)', () => {
  const text = 'Fighting near Tarvosk killed four soldiers on Monday. Refugees fled Tarvosk, and Tarvosk was shelled again, the ministry said.';
  it('drops a lone word the tagger reads as a place in every mention', () => {
    const { ctx, runs } = runsOf(text);
    expect(ctx.names.length).toBe(0); // the rule context of a test starts without the tagger ...
    expect(runs.filter((r) => r.text === 'Tarvosk').map((r) => singleWordOrganization.claim(r, ctx)).flat().length).toBeGreaterThan(0);
    expect(names(text)).not.toContain('Tarvosk'); // ... the actor stage runs it
  });
  it('takes no statistic named after its source for a body', () => {
    const text = 'Gilts slipped after the Harlow PMI rose sharply on Monday, dealers said.';
    const doc = createTextDocument(text);
    // The tagger reads the figure as an organization; the rule drops it.
    expect(tagNames(doc, tokenize(doc)).map((n) => `${n.type}:${n.text}`)).toContain('ORG:Harlow PMI');
    expect(names(text)).not.toContain('Harlow PMI');
  });
  it('keeps a name with an inner capital', () => {
    const doc = createTextDocument('Engineers at DeskHub said on Monday that DeskHub would move.');
    const tokens = tokenize(doc);
    const ctx = createRuleContext(doc.text, tokens, true, tagNames(doc, tokens).map((n) => ({ ...n, type: 'LOC' as const })));
    const claimed = reconsider([candidate('singleWordOrganization', 'organization', 'DeskHub', { text: 'DeskHub', start: 13, end: 20 })], ctx);
    expect(claimed?.map((c) => c.name)).toEqual(['DeskHub']);
  });
});
