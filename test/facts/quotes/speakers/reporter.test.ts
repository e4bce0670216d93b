// The speaker of a reporting sentence stays in focus (reporterOfSentence, src/facts/quotes/speakers/resolve.ts).
import { describe, expect, it } from 'vitest';
import { speakerWithFoundActors } from '../helpers.js';

describe('reportingSentenceBefore: the speaker of a reporting sentence is in focus', () => {
  const trial = [
    'Prosecutor Jonas Petraitis said the verdict sent a message. “Nobody is above the law,” he said.',
    'Announcing the decision, the presiding judge, Marta Kowalczyk, said the panel had weighed every objection.',
    '“The evidence leaves no room for doubt. The transfers were made.',
    '“Holding office carries a duty of care,” she added.',
  ].join('\n\n');

  it('gives an uncued quote to the appositive name of the sentence before, not an older speaker', () => {
    expect(speakerWithFoundActors(trial, 'The evidence')).toBe('Marta Kowalczyk');
    expect(speakerWithFoundActors(trial, 'Holding')).toBe('Marta Kowalczyk');
  });

  it('works for a foreign-language quote and a told-cue', () => {
    expect(speakerWithFoundActors('“We expect rain,” forecaster Ian Boyd said.\n\nA local farmer, Greta Holm, said her crops were lost.\n\n«C’est fini pour cette année.»', 'C’est fini')).toBe('Greta Holm');
    expect(speakerWithFoundActors('“The numbers are grim,” said Ruth Okafor.\n\nLater, the finance minister, Tariq Haddad, told parliament the deficit would shrink.\n\n“Next year will be better.”', 'Next year')).toBe('Tariq Haddad');
  });

  it('does not take the one who asks, nor a passive subject', () => {
    expect(speakerWithFoundActors('“We are done,” said Ola Berg.\n\nReporters asked Kim Sato about the plan.\n\n“It is finished.”', 'It is finished')).not.toBe('Reporters');
  });

  it('reads an inverted tag closing the sentence before a pronoun cue', () => {
    const text = 'Today, many coders leave science for industry, said Alba Gómez, an astronomer at Lund University. “In the old days, there was no such job,” she said.';
    expect(speakerWithFoundActors(text, 'In the old days')).toBe('Alba Gómez');
  });

  it('does not read a possessive before the quote as an inverted speaker', () => {
    const text = 'Ivan Petrov, a trade scholar, said the president’s “mercurial temper” had hurt the talks.';
    expect(speakerWithFoundActors(text, 'mercurial')).toBe('Ivan Petrov');
  });
});

describe('reportingSentenceBefore inside a sentence', () => {
  it('gives a cue-less fragment to the speaker of the sentence before', () => {
    const text = '“Cells adapt,” said Ola Nyberg.\n\nNobody knows which role came first, Rita Osei says. Just because people saw the receptors on the tongue first, “that does not mean they evolved there first.”';
    expect(speakerWithFoundActors(text, 'that does not')).toBe('Rita Osei');
  });
});
