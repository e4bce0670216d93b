import { describe, expect, it } from 'vitest';
import { ARTICLE_RULES, CANDIDATE_RULES, FOREIGN_TEXT_ARTICLE_RULES, FOREIGN_TEXT_RULES, findCandidates } from '../../../../src/facts/actors/rules/index.js';
import { capitalizedRuns, tokenize } from '../../../../src/facts/actors/tokens.js';
import { createRuleContext } from '../../../../src/facts/actors/rules/context.js';
import { createTextDocument } from '../../../../src/facts/text/document.js';
import { names } from '../helpers.js';

function candidatesOf(text: string) {
  const doc = createTextDocument(text);
  const tokens = tokenize(doc);
  const ctx = createRuleContext(text, tokens, doc.english);
  return findCandidates(capitalizedRuns(text, tokens), ctx);
}

describe('rule order', () => {
  it('has one rule per name, the last-resort rule last, and no last resort outside English', () => {
    const all = CANDIDATE_RULES.map((r) => r.name);
    expect(new Set(all).size).toBe(all.length);
    expect(CANDIDATE_RULES.filter((r) => r.lastResort).map((r) => r.name)).toEqual(['singleWordOrganization']);
    expect(CANDIDATE_RULES[CANDIDATE_RULES.length - 1]!.lastResort).toBe(true);
    expect(FOREIGN_TEXT_RULES.some((r) => r.lastResort)).toBe(false);
    expect(ARTICLE_RULES.map((r) => r.name)).toEqual(['listedOrganization', 'unnamedArmedGroups', 'taggedName']);
    // Outside English only the tagger's names stay (it runs on text in no other language: tables).
    expect(FOREIGN_TEXT_ARTICLE_RULES.map((r) => r.name)).toEqual(['taggedName']);
  });
  it('lets the first claiming rule decide', () => {
    // personByCues (a given name and a numeral) claims before productModel drops a variant numeral.
    expect(candidatesOf('Later Anna II thanked the crowd.').map((c) => [c.rule, c.name])).toEqual([['personByCues', 'Anna II']]);
    // vesselName claims a ship before personByCues could read a given name in it.
    expect(candidatesOf('The cruiser USS Halberd Mason left port, officials said.')).toEqual([]);
  });
  it('keeps a last-resort rejection undecided for the article rules', () => {
    const found = candidatesOf('Investors backed Mirovo Holdings, Quandrel, and Tessaline Corp. in May.');
    expect(found.map((c) => [c.rule, c.name])).toEqual([
      ['organizationHead', 'Mirovo Holdings'], ['organizationHead', 'Tessaline Corp.'], ['listedOrganization', 'Quandrel'],
    ]);
  });
});

describe('text outside English', () => {
  it('does not trust capitals outside English', () => {
    const german = 'Die Digitalisierung der Verwaltung ist ein Ziel, das die Regierung mit dem Gesetz und den Behörden verfolgt. Die Patienten haben Daten.';
    expect(names(german)).toEqual([]);
  });
});
