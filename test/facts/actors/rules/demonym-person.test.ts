import { describe, expect, it } from 'vitest';
import { demonymPerson } from '../../../../src/facts/actors/rules/demonym-person.js';
import { createRuleContext } from '../../../../src/facts/actors/rules/context.js';
import { tagNames } from '../../../../src/facts/actors/tagger/index.js';
import { capitalizedRuns, tokenize } from '../../../../src/facts/actors/tokens.js';
import { createTextDocument } from '../../../../src/facts/text/document.js';
import { actorsOf, runNamed } from '../helpers.js';

/** The rule's claim on one run, with the name tagger's spans in the context (the rule reads them). */
function claimWithTagger(text: string, run: string) {
  const doc = createTextDocument(text);
  const tokens = tokenize(doc);
  const ctx = createRuleContext(text, tokens, doc.english, tagNames(doc, tokens));
  return demonymPerson.claim(runNamed(capitalizedRuns(text, tokens), run), ctx);
}

describe('demonymPerson', () => {
  it('reads a nationality before a tagged person as the person, without the nationality', () => {
    const claimed = claimWithTagger('Earlier, Australian Rodney Vindtorn won his heat by a second.', 'Australian Rodney Vindtorn');
    expect(claimed).toHaveLength(1);
    expect(claimed![0]).toMatchObject({ type: 'person', name: 'Rodney Vindtorn', mention: { text: 'Rodney Vindtorn' } });
    expect(claimWithTagger('In the first round Dutchman Piet Hoogland won easily.', 'Dutchman Piet Hoogland')![0]!.name).toBe('Piet Hoogland');
  });
  it('passes on a nationality before a body or a lower-case word', () => {
    expect(claimWithTagger('Rates would hold, the Danish Kronvik Bank said.', 'Danish Kronvik Bank')).toBeNull();
    expect(claimWithTagger('No talks were set, the Russian Foreign Ministry said.', 'Russian Foreign Ministry')).toBeNull();
  });
  it('lets the lone surname join the person instead of reading as a body', () => {
    const actors = actorsOf('Earlier, Australian Rodney Vindtorn won his heat by a second.\nVindtorn played well all week, and Vindtorn\'s serve was strong.');
    const person = actors.find((a) => a.name === 'Rodney Vindtorn');
    expect(person?.type).toBe('person');
    expect(person!.mentions.map((m) => m.text)).toContain('Vindtorn');
    expect(actors.some((a) => a.type === 'organization' && a.name === 'Vindtorn')).toBe(false);
  });
});
