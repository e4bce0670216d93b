// Speaker resolution with actors: definite descriptions, pronouns, the person in focus (src/facts/quotes/speakers/).
import { describe, expect, it } from 'vitest';
import { buildNameIndex, genderOfPerson, linkSpeakerToActor, mostNamedPerson, resolveNamedSpeaker } from '../../../../src/facts/quotes/speakers/index.js';
import { createTextDocument } from '../../../../src/facts/text/document.js';
import { actorsFor, quotesOf, speakerActorOf, speakerOf } from '../helpers.js';

describe('speaker resolution with actors', () => {
  it('resolves "the governor" to the one person actor with that role, named as written', () => {
    const text = 'Gov. Dana Holt signed the bill. The governor said: “This is a good day.”';
    const people = { 'Dana Holt': { roles: ['Gov.'] } };
    expect(speakerActorOf(text, 'This is', people)).toBe('Dana Holt');
    expect(speakerOf(text, 'This is', people)).toBe('The governor');
  });

  it('resolves an age description to the person in focus, named as written', () => {
    const text = 'Marek Zeman won the race. “I am tired,” the 56-year-old said.';
    expect(speakerActorOf(text, 'I am tired', { 'Marek Zeman': {} })).toBe('Marek Zeman');
    expect(speakerOf(text, 'I am tired', { 'Marek Zeman': {} })).toBe('the 56-year-old');
  });

  it('keeps an unresolved definite description as written, with no actor', () => {
    const text = 'Gov. Dana Holt and Gov. Ira Pell met. “We agree,” the governor said.';
    const people = { 'Dana Holt': { roles: ['Gov.'] }, 'Ira Pell': { roles: ['Gov.'] } };
    expect(speakerOf(text, 'We agree', people)).toBe('the governor');
    expect(speakerActorOf(text, 'We agree', people)).toBeNull();
  });

  it('skips a person of the other gender for he/she', () => {
    const text = 'Rita Fenn said she wrote the song in a week. Her son, director Ivo Fenn, said he saw it happen. “She was so quick,” she said.';
    const people = { 'Rita Fenn': {}, 'Ivo Fenn': {} };
    expect(genderOfPerson(actorsFor(text, people)[1]!, text)).toBe('male');
    expect(speakerOf(text, 'She was so quick', people)).toBe('Rita Fenn');
  });

  it('never links a full name to another person by surname', () => {
    const actors = actorsFor('Eva Lund', { 'Eva Lund': {} });
    expect(linkSpeakerToActor({ name: 'Karin Lund', kind: 'name', person: true, plural: false }, actors).actorId).toBeNull();
    expect(linkSpeakerToActor({ name: 'Lund', kind: 'name', person: true, plural: false }, actors).actorId).toBe('a1');
  });

  it('keeps a relative’s full name that the actors stage merged into another person', () => {
    const actors = actorsFor('Eva Lund and Karin Lund', { 'Eva Lund': { forms: ['Karin Lund'] } });
    expect(linkSpeakerToActor({ name: 'Karin Lund', kind: 'name', person: true, plural: false }, actors)).toEqual({ name: 'Karin Lund', actorId: null });
    expect(linkSpeakerToActor({ name: 'Lund', kind: 'name', person: true, plural: false }, actors).actorId).toBe('a1');
  });

  it('gives a tag with a comma before the next quote to that quote only after a full sentence', () => {
    const text = '“Be calm.” Aslan said, “How?” Then: “If I see a sale,” Pruitt, a collector of maps, says, “I buy it.”';
    expect(speakerOf(text, 'How')).toBe('Aslan');
    expect(speakerOf(text, 'If I see')).toBe('Pruitt');
  });

  it('keeps the whole name after a long office when the actor knows it', () => {
    const text = 'Minister of Foreign Affairs Jan K. Novak spoke.';
    const doc = createTextDocument(text);
    const index = buildNameIndex(doc, actorsFor(text, { 'Jan K. Novak': {} }));
    expect(resolveNamedSpeaker('Minister of Foreign Affairs Jan K. Novak', index).name).toBe('Jan K. Novak');
  });

  it('takes no headline or sentence opener as the person in focus', () => {
    const text = 'Hey Readers, the sale is on. Hey Readers, the sale is on. Black Friday deals are live.';
    const doc = createTextDocument(text);
    expect(mostNamedPerson(buildNameIndex(doc, actorsFor(text, { Shopmart: { type: 'organization' } })))).toBeNull();
  });

  it('finds the cue after a quote in doubled apostrophes', () => {
    const text = "The plan was unveiled on Monday.\n\n''This is no reform,'' said Ilse Marr, an economist. ''It adds rules.''";
    expect(quotesOf(text).map((q) => [q.text, q.speaker?.name])).toEqual([['This is no reform', 'Ilse Marr'], ['It adds rules.', 'Ilse Marr']]);
  });
});
