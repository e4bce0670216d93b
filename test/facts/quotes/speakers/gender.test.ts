// The gender the text shows for a person (src/facts/quotes/speakers/gender.ts).
import { describe, expect, it } from 'vitest';
import { genderOfPerson } from '../../../../src/facts/quotes/speakers/index.js';
import { genderOfApposition } from '../../../../src/facts/quotes/speakers/gender.js';
import { speakerActorOf } from '../helpers.js';

describe('genderOfPerson: the pronoun tagging a quote right after a mention', () => {
  const person = (text: string, name: string) => ({
    id: 'a1', name, type: 'person' as const, roles: [], affiliation: null,
    mentions: [{ text: name, start: text.indexOf(name), end: text.indexOf(name) + name.length }],
  });

  it('reads "he said" after the quote that follows the mention', () => {
    const text = 'Jonas Petraitis said the verdict sent a message. “Nobody is above the law,” he said.';
    expect(genderOfPerson(person(text, 'Jonas Petraitis'), text)).toBe('male');
  });

  it('ignores the tag when another name stands between', () => {
    const text = 'Ahmed Karimi met Lucia Ferro on Friday. “We agree,” she said.';
    expect(genderOfPerson(person(text, 'Ahmed Karimi'), text)).toBeNull();
  });

  it('lets "she added" pass over a man recorded last', () => {
    const text = 'Judge Marta Kowalczyk opened the hearing on Monday.\n\nProsecutor Jonas Petraitis said the verdict sent a message. “Nobody is above the law,” he said.\n\n“Holding office carries a duty of care,” she added.';
    expect(speakerActorOf(text, 'Holding')).toMatch(/Marta Kowalczyk$/);
  });
});

describe('genderOfApposition: a gendered role noun right after a mention', () => {
  it('reads -woman and -man role nouns, past a possessive', () => {
    expect(genderOfApposition('Ada Lind, a spokeswoman for the port, said', 8)).toBe('female');
    expect(genderOfApposition("Bo Falk, the union's chairman, said", 7)).toBe('male');
  });

  it('shows nothing for neutral roles or words that only end in -man', () => {
    expect(genderOfApposition('Ada Lind, a spokesperson for the port, said', 8)).toBeNull();
    expect(genderOfApposition('Bo Falk, a German diplomat, said', 7)).toBeNull();
  });

  it('lets the role noun outweigh a quote tag of someone else and ignores “his” opening an apposition', () => {
    const text = 'Ada Lind, his deputy and a councilwoman, disagreed. “No,” he said.';
    const ada = { id: 'a1', name: 'Ada Lind', type: 'person' as const, roles: [], affiliation: null, mentions: [{ text: 'Ada Lind', start: 0, end: 8 }] };
    expect(genderOfPerson(ada, text)).toBe('female');
  });
});
