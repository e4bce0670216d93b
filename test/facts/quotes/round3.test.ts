/**
 * Round-3 rules (speaker errors met on unseen articles), each on invented sentences:
 * the clause that holds the quote owns it, a statement noun's owner speaks the
 * quote its colon introduces, and a reporting sentence puts its speaker in focus.
 */
import { describe, expect, it } from 'vitest';
import { findCueBefore } from '../../../src/facts/quotes/cues/index.js';
import { extractQuotes, startsNewClause } from '../../../src/facts/quotes/index.js';
import { extractActors } from '../../../src/facts/actors/index.js';
import { genderOfPerson } from '../../../src/facts/quotes/speakers/index.js';
import { createTextDocument } from '../../../src/facts/text/document.js';

function speakerOf(text: string, start: string): string | null | undefined {
  const doc = createTextDocument(text);
  return extractQuotes(doc, { actors: extractActors(doc) }).find((q) => q.text.startsWith(start))?.speaker?.name;
}

describe('the cue of the clause holding the quote', () => {
  it('sees a clause break between a quote and a later cue', () => {
    const text = '“late,” while the army denied it';
    expect(startsNewClause(text, 7, text.length)).toBe(true);
    expect(startsNewClause('“late,” in May, Doe said', 7, 24)).toBe(false);
  });

  it('keeps the cue before the quote when a later cue opens its own clause', () => {
    expect(speakerOf('Union leader Ana Costa said the offer was “an insult to every nurse,” but the hospital board insisted it was generous.', 'an insult')).toBe('Ana Costa');
    expect(speakerOf('The opposition said the budget was “built on fantasy numbers,” whereas the treasury argued it was prudent.', 'built on')).toMatch(/^the opposition$/i);
  });

  it('names the speaker of a relative clause giving a pen name', () => {
    expect(speakerOf('A blogger who writes under the name Frontline Fox said the push had been “prepared in a rush,” while the army denied any delay.', 'prepared')).toBe('Frontline Fox');
    expect(speakerOf('An activist known as Red Wren wrote that the camp was “a prison in all but name,” and officials denied it.', 'a prison')).toBe('Red Wren');
  });
});

describe('statementOwnerBefore: a statement noun and a colon', () => {
  function ownerOf(before: string): string | null {
    const a = findCueBefore(before, 0, before.length);
    return a && a.source.type === 'phrase' ? a.source.phrase.text : null;
  }

  it('reads the possessive owner of reply/answer/verdict', () => {
    expect(ownerOf('The foreign minister’s reply was short: ')).toBe('The foreign minister’s');
    expect(ownerOf('Viktor Orlov’s blunt response came at once: ')).toBe('Viktor Orlov’s');
    expect(ownerOf('His warning was stark: ')).toBe('he');
  });

  it('reads the owner after "of"/"from", preferring an appositive name', () => {
    expect(ownerOf('The message from the ministry was clear: ')).toBe('the ministry');
    expect(ownerOf('The words of the opposition leader, Ivo Petrov, were harsher: ')).toBe('Ivo Petrov');
  });

  it('leaves a speech verb before the colon in charge', () => {
    const a = findCueBefore('Doe said in her reply: ', 0, 23);
    expect(a?.cue).toBe('said');
  });

  it('gives the quote to the owner, across languages of the quote', () => {
    const text = 'Her lawyer, Hanna Lind, said her client would “answer in court.”\n\nThe foreign minister’s reply was short: «Nous ne paierons pas.»';
    expect(speakerOf(text, 'Nous ne')).toMatch(/^the foreign minister$/i);
    const german = 'Elena Rossi, the mayor, spoke first. “We will rebuild,” Rossi said.\n\nPeter Lang arrived later. His warning was stark: „Das Wasser steigt weiter.“';
    expect(speakerOf(german, 'Das Wasser')).toBe('Peter Lang');
  });
});

describe('reportingSentenceBefore: the speaker of a reporting sentence is in focus', () => {
  const trial = [
    'Prosecutor Jonas Petraitis said the verdict sent a message. “Nobody is above the law,” he said.',
    'Announcing the decision, the presiding judge, Marta Kowalczyk, said the panel had weighed every objection.',
    '“The evidence leaves no room for doubt. The transfers were made.',
    '“Holding office carries a duty of care,” she added.',
  ].join('\n\n');

  it('gives an uncued quote to the appositive name of the sentence before, not an older speaker', () => {
    expect(speakerOf(trial, 'The evidence')).toBe('Marta Kowalczyk');
    expect(speakerOf(trial, 'Holding')).toBe('Marta Kowalczyk');
  });

  it('works for a foreign-language quote and a told-cue', () => {
    expect(speakerOf('“We expect rain,” forecaster Ian Boyd said.\n\nA local farmer, Greta Holm, said her crops were lost.\n\n«C’est fini pour cette année.»', 'C’est fini')).toBe('Greta Holm');
    expect(speakerOf('“The numbers are grim,” said Ruth Okafor.\n\nLater, the finance minister, Tariq Haddad, told parliament the deficit would shrink.\n\n“Next year will be better.”', 'Next year')).toBe('Tariq Haddad');
  });

  it('does not take the one who asks, nor a passive subject', () => {
    expect(speakerOf('“We are done,” said Ola Berg.\n\nReporters asked Kim Sato about the plan.\n\n“It is finished.”', 'It is finished')).not.toBe('Reporters');
  });

  it('reads an inverted tag closing the sentence before a pronoun cue', () => {
    const text = 'Today, many coders leave science for industry, said Alba Gómez, an astronomer at Lund University. “In the old days, there was no such job,” she said.';
    expect(speakerOf(text, 'In the old days')).toBe('Alba Gómez');
  });

  it('does not read a possessive before the quote as an inverted speaker', () => {
    const text = 'Ivan Petrov, a trade scholar, said the president’s “mercurial temper” had hurt the talks.';
    expect(speakerOf(text, 'mercurial')).toBe('Ivan Petrov');
  });
});

describe('linkSpeakerToActor: titles stay with the actor', () => {
  it('names a titled person actor without the title', () => {
    expect(speakerOf('Prosecutor Jonas Petraitis said the verdict sent a message. “Nobody is above the law,” he said.', 'Nobody')).toBe('Jonas Petraitis');
    expect(speakerOf('“We will not retreat,” said Lieutenant Colonel Dmytro Savchuk.', 'We will not')).toBe('Dmytro Savchuk');
  });
});

describe('"According to" opening a sentence', () => {
  it('is a cue whose description yields to its appositive name', () => {
    const text = '“We did our best,” said Tom Aas.\n\nAccording to the coach, Lars Eid, the team was exhausted after the trip.\n\n“We ran out of legs in the second half.”';
    expect(speakerOf(text, 'We ran out')).toBe('Lars Eid');
  });

  it('gives a survey by a named author to the author', () => {
    const text = 'According to a 2019 survey by Mira Castell of the Tallinn Institute, small papers tend to “cut the copy desk first” after a sale.';
    expect(speakerOf(text, 'cut the copy')).toBe('Mira Castell');
  });
});

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
    expect(speakerOf(text, 'Holding')).toBe('Marta Kowalczyk');
  });
});

describe('reportingSentenceBefore inside a sentence', () => {
  it('gives a cue-less fragment to the speaker of the sentence before', () => {
    const text = '“Cells adapt,” said Ola Nyberg.\n\nNobody knows which role came first, Rita Osei says. Just because people saw the receptors on the tongue first, “that does not mean they evolved there first.”';
    expect(speakerOf(text, 'that does not')).toBe('Rita Osei');
  });
});
