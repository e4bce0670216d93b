/**
 * Round-2 rules: each test is a sentence pattern met in unlabeled articles,
 * written here with invented names.
 */
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../src/schema.js';
import { findCueAfter, findCueBefore } from '../../../src/facts/quotes/cues/index.js';
import { dropScareQuotes, isNamedAfterVerb } from '../../../src/facts/quotes/filters.js';
import { extractQuotes } from '../../../src/facts/quotes/index.js';
import { invertedSpeakerPhrase, sentenceSubject } from '../../../src/facts/quotes/phrases.js';
import { buildNameIndex, genderOfPerson, linkSpeakerToActor, mostNamedPerson, resolveNamedSpeaker } from '../../../src/facts/quotes/speakers/index.js';
import { tokenize } from '../../../src/facts/quotes/tokens.js';
import { createTextDocument } from '../../../src/facts/text/document.js';

/** Person/organization actors for a text: every occurrence of each name is a mention. */
function actorsFor(text: string, people: Record<string, { type?: Actor['type']; roles?: string[]; forms?: string[] }>): Actor[] {
  return Object.entries(people).map(([name, info], k) => {
    const mentions = [];
    for (const form of [name, ...(info.forms ?? [])]) {
      for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) mentions.push({ text: form, start: at, end: at + form.length });
    }
    return { id: `a${k + 1}`, name, type: info.type ?? 'person', roles: info.roles ?? [], affiliation: null, mentions };
  });
}

function quotesOf(text: string, people: Parameters<typeof actorsFor>[1] = {}) {
  const doc = createTextDocument(text);
  return extractQuotes(doc, { actors: actorsFor(text, people) });
}

function speakerOf(text: string, start: string, people: Parameters<typeof actorsFor>[1] = {}): string | null | undefined {
  return quotesOf(text, people).find((q) => q.text.startsWith(start))?.speaker?.name;
}

function afterText(text: string) {
  const a = findCueAfter(text, text.search(/[”»]/) + 1, text.length, 0);
  return a && a.source.type === 'phrase' ? a.source.phrase.text : a ? 'SUBJECT' : null;
}

describe('findCueAfter: appositives and inverted cues', () => {
  it('reads past an appositive holding commas, or one without a closing comma', () => {
    expect(afterText('“The tide turned,” Ilse Marr, a fellow at the Tidal Institute in Bergen, Norway, and co-author of the paper, said.')).toBe('Ilse Marr');
    expect(afterText('“The tide turned,” Ilse Marr, an analyst at the Bergen-based Council on Tides think tank told the paper.')).toBe('Ilse Marr');
  });

  it('reads a name behind lower-case descriptors after an inverted cue, without its institution', () => {
    expect(afterText('“The ice is thin,” said polar geologist Ravi Anand of the Arctic Survey Office.')).toBe('Ravi Anand');
  });

  it('finds ", said Name" after another speech verb used as a participle', () => {
    expect(afterText('“A bigger deal than the one” announced in May, said Lena Vogt, a trade scholar.')).toBe('Lena Vogt');
  });

  it('does not take the listener of "telling" as the speaker', () => {
    expect(afterText('“We all miss him,” Ortiz added, telling Brandt, “truly.”')).toBe('Ortiz');
  });

  it('leaves a cue that introduces the next quote with a colon to that quote', () => {
    const text = '“It is a different job,” Hale said. “You step outside yourself.” Moss agreed: “Completely.”';
    expect(speakerOf(text, 'You step')).toBe('Hale');
    expect(speakerOf(text, 'Completely')).toBe('Moss');
  });

  it('does not read a clause opener as a speaker', () => {
    const text = 'Ines Duarte spoke first. “It reads slowly,” she said. “It asks a lot.” When her readers would ask for more, she refused.';
    expect(speakerOf(text, 'It asks')).toBe('Ines Duarte');
  });
});

describe('findCueBefore: participles and compound subjects', () => {
  it('gives a participle cue to the clause subject, not to the object before it', () => {
    const text = 'Omar Pell posted to the forum asking whether there were “any calm readers left?”';
    expect(speakerOf(text, 'any calm')).toBe('Omar Pell');
  });

  it('keeps a participle after "with" for the phrase it follows', () => {
    const a = findCueBefore('Sales rose, with the auction house describing bidding as a “', 0, 58);
    expect(a?.source.type === 'phrase' && a.source.phrase.text).toBe('the auction house');
  });

  it('gives "Name and his team wrote" to the named person', () => {
    expect(speakerOf('“We propose a slow leak,” Hugo Lind and his team wrote in the paper.', 'We propose')).toBe('Hugo Lind');
  });
});

describe('sentences that end at the closing mark', () => {
  it('takes a tag that follows a question mark', () => {
    const text = 'Analysts had theories.\n\n“Do they reinvest the profit in stores?” Tarrant said.';
    expect(speakerOf(text, 'Do they')).toBe('Tarrant');
  });

  it('does not take a new statement that follows the quote as its tag', () => {
    const text = 'The navy of Norland said its ships stayed “on alert at all times.” Oskaria accused Norland of provocation.';
    expect(speakerOf(text, 'on alert')).not.toBe('Oskaria');
  });
});

describe('uncued quotes woven into a sentence', () => {
  it('go to the named subject of the sentence, an actor', () => {
    const text = 'Ferrocorp has hit out at its rival, Navalis, for “wasteful litigation instead of talks”, after the lawsuit.';
    expect(speakerOf(text, 'wasteful', { Ferrocorp: { type: 'organization' }, Navalis: { type: 'organization' } })).toBe('Ferrocorp');
  });

  it('after a colon go to the named subject ("Name had a similar view:")', () => {
    const text = '“It found me,” Harlow said. Quist, who called from the set, had a similar experience: “It was immediate.”';
    expect(speakerOf(text, 'It was immediate', { 'Ada Harlow': { forms: ['Harlow'] }, 'Bo Quist': { forms: ['Quist'] } })).toBe('Bo Quist');
  });

  it('not to a subject the quote is the predicate of, nor to a capitalized sentence opener', () => {
    const text = 'Nora Lee spoke for an hour. Her agent Paul Marsh “was vanishing from the industry”, Lee said. Consider this entry — “Do not jerk and drive.”';
    expect(speakerOf(text, 'was vanishing', { 'Nora Lee': {}, 'Paul Marsh': {} })).toBe('Nora Lee');
    expect(speakerOf(text, 'Do not jerk', { 'Nora Lee': {}, 'Paul Marsh': {} })).not.toBe('Consider');
  });

  it('keep a short fragment that follows a quoted sentence', () => {
    const text = 'Tomas Reyes said the plan “cannot work as written.” The budget, in his view, was “a total mess”.';
    expect(speakerOf(text, 'a total mess')).toBe('Tomas Reyes');
  });
});

describe('speaker resolution with actors', () => {
  it('resolves "the governor" to the one person actor with that role', () => {
    const text = 'Gov. Dana Holt signed the bill. The governor said: “This is a good day.”';
    expect(speakerOf(text, 'This is', { 'Dana Holt': { roles: ['Gov.'] } })).toBe('Dana Holt');
  });

  it('resolves an age description to the person in focus', () => {
    const text = 'Marek Zeman won the race. “I am tired,” the 56-year-old said.';
    expect(speakerOf(text, 'I am tired', { 'Marek Zeman': {} })).toBe('Marek Zeman');
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
});

describe('verbs and languages', () => {
  it('counts verbs that attribute only next to the quote', () => {
    expect(afterText('“Open the door!” an officer shouts.')).toBe('an officer');
    expect(afterText('“It drives me nuts,” Pereira laughed.')).toBe('Pereira');
  });

  it('reads common said-verbs of other languages, with their auxiliaries and articles', () => {
    expect(afterText('«Nous restons prudents», a ajouté Lucien Marchal.')).toBe('Lucien Marchal');
    expect(afterText('“Eu errei naquele ano”, acrescentou o treinador.')).toBe('o treinador');
    expect(afterText('“Wir bleiben vorsichtig”, sagte Jonas Kranz.')).toBe('Jonas Kranz');
  });

  it('reads an inverted speaker behind descriptors or a foreign article', () => {
    const text = 'said lead researcher Ana Ruiz';
    const tokens = tokenize(text, 0, text.length);
    expect(invertedSpeakerPhrase(tokens, 1, text)?.text).toBe('Ana Ruiz');
  });
});

describe('titles and names in quotation marks', () => {
  it('drops a title after a naming verb and long title-case titles', () => {
    const text = 'He loved a script called “Wild Thyme” and songs such as “You Left Me Like a Fading Star” too.';
    expect(quotesOf(text)).toHaveLength(0);
    expect(isNamedAfterVerb(text, text.indexOf('“Wild'))).toBe(true);
  });

  it('drops a title with small words of other languages', () => {
    expect(quotesOf('Baixe o livro “Os 7 Passos para Ler com seus Filhos”, um guia gratuito.')).toHaveLength(0);
  });

  it('keeps title-case words with sentence punctuation (a sign, a chant)', () => {
    const text = 'Marchers held signs with sayings such as, “Fewer Tests, More Teachers.” The band played on.';
    const doc = createTextDocument(text);
    const open = text.indexOf('“');
    const close = text.indexOf('”');
    const kept = dropScareQuotes(text, [{ open, close, start: open + 1, end: close, paragraph: 0, runsOn: false, continued: false }]);
    expect(kept).toHaveLength(1);
    expect(doc.sentences.length).toBeGreaterThan(0);
  });
});

describe('sentenceSubject', () => {
  it('prefers an appositive name behind a role word and before a parenthesis', () => {
    const text = 'Fenn’s son, filmmaker Ivo Fenn (“The Pier”), also recalls it.';
    const phrase = sentenceSubject(tokenize(text, 0, text.length), text);
    expect(phrase?.text).toBe('Ivo Fenn');
  });
});
