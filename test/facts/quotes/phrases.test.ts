import { describe, expect, it } from 'vitest';
import { backwardPhrase, forwardPhrase } from '../../../src/facts/quotes/phrases.js';
import { sentenceSubject } from '../../../src/facts/quotes/sentence-subject.js';
import { tokenize } from '../../../src/facts/quotes/tokens.js';
import { speakerOf } from './helpers.js';

const toks = (s: string) => tokenize(s, 0, s.length);

describe('tokenize', () => {
  it('keeps abbreviation periods and initials with their word', () => {
    expect(toks('Mr. Ray J. Okafor Jr. of the U.S. said.').map((t) => t.text)).toEqual([
      'Mr.', 'Ray', 'J.', 'Okafor', 'Jr.', 'of', 'the', 'U.S.', 'said', '.',
    ]);
  });
});

describe('forwardPhrase', () => {
  it('reads a name, skipping a company and role before it', () => {
    expect(forwardPhrase(toks('Acme Co. engineer Lena Park said'), 0, 'Acme Co. engineer Lena Park said')?.text).toBe('Lena Park');
  });

  it('reads a description up to the verb', () => {
    const s = 'the regional water agency announced';
    expect(forwardPhrase(toks(s), 0, s)).toMatchObject({ kind: 'description', text: 'the regional water agency' });
  });
});

describe('backwardPhrase', () => {
  it('reads the phrase before a verb, stopping at a comma or clause word', () => {
    const s = 'In a memo, the board';
    expect(backwardPhrase(toks(s), toks(s).length, s)?.text).toBe('the board');
    const s2 = 'While some striking nurses';
    expect(backwardPhrase(toks(s2), toks(s2).length, s2)?.text).toBe('some striking nurses');
  });

  it('rejects a time phrase', () => {
    const s = 'sent a note earlier this month';
    expect(backwardPhrase(toks(s), toks(s).length, s)).toBeNull();
  });
});

describe('sentenceSubject', () => {
  it('skips a leading clause and prefers an appositive name', () => {
    const s = 'On Monday, the committee, Friends of the River, filed a complaint.';
    expect(sentenceSubject(toks(s), s)?.text).toBe('Friends of the River');
    const s2 = 'However, in her speech, the judge warned jurors.';
    expect(sentenceSubject(toks(s2), s2)?.text).toBe('the judge');
  });

  it('has no subject when the sentence opens with a quote', () => {
    const s = '“Go home,” she said.';
    expect(sentenceSubject(toks(s), s)).toBeNull();
  });

  it('finds an appositive name after a description with a prepositional tail', () => {
    const s = 'Norway’s envoy to Chile, Eva Dahl, told reporters.';
    expect(sentenceSubject(toks(s), s)?.text).toBe('Eva Dahl');
  });
});

describe('backwardPhrase with articles', () => {
  it('starts the phrase at an article and keeps a quantity before it', () => {
    const s = 'a report one of the pilots';
    expect(backwardPhrase(toks(s), toks(s).length, s)?.text).toBe('one of the pilots');
  });
});

describe('backwardPhrase: a description tied to what it is about', () => {
  it('reads back past the preposition to the head ("a person familiar with the matter")', () => {
    expect(speakerOf('Two people briefed on the talks said the plan “would cost far more than anyone admits”.', 'would cost')).toBe('Two people briefed on the talks');
    expect(speakerOf('A person familiar with the matter told reporters that “the deal is dead for now”.', 'the deal is dead')).toBe('A person familiar with the matter');
  });

  it('keeps a name as the head’s object out of it ("the aide to Doe" stays whole, Doe does not speak)', () => {
    expect(speakerOf('An aide to Mayor Ilse Kamp said the vote “will be very close indeed”.', 'will be very close')).not.toBe('Ilse Kamp');
  });
});
