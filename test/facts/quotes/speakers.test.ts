import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../src/schema.js';
import { createTextDocument } from '../../../src/facts/text/document.js';
import {
  buildNameIndex, linkSpeakerToActor, resolveDescriptionSpeaker, resolveNamedSpeaker, resolvePronounSpeaker, stripTitles,
  type FocusState,
} from '../../../src/facts/quotes/speakers/index.js';

function state(text: string, actors: Actor[] = []): FocusState {
  const doc = createTextDocument(text);
  return { doc, index: buildNameIndex(doc, actors), recorded: new Map(), subjects: new Map(), reporters: new Map(), reportersResolved: new Map(), quoted: [] };
}

describe('resolveNamedSpeaker', () => {
  it('strips titles and expands a surname to the full name written before', () => {
    const s = state('Deputy Mayor Priya Natarajan opened the session. Later Ms. Natarajan left.');
    expect(resolveNamedSpeaker('Ms. Natarajan', s.index).name).toBe('Priya Natarajan');
    expect(stripTitles('Finance Minister Tomas Berg')).toBe('Tomas Berg');
    expect(stripTitles('Minister of Fisheries Tomas Berg')).toBe('Tomas Berg');
  });
});

describe('resolveDescriptionSpeaker', () => {
  it('keeps the description and knows people from bodies', () => {
    expect(resolveDescriptionSpeaker('a senior official')).toMatchObject({ name: 'a senior official', person: true });
    expect(resolveDescriptionSpeaker('the ministry')).toMatchObject({ person: false });
    expect(resolveDescriptionSpeaker('the protesters')).toMatchObject({ plural: true });
  });
});

describe('resolvePronounSpeaker', () => {
  it('resolves he/she to the subject of an earlier sentence, skipping other names', () => {
    const text = 'Ingrid Solberg, the club’s lawyer, told the court that her client had paid Oskar Lind. She said more.';
    const s = state(text);
    const sentence = s.doc.sentences.length - 1;
    expect(resolvePronounSpeaker('She', sentence, text.lastIndexOf('She'), s)?.name).toBe('Ingrid Solberg');
  });

  it('resolves it to an organization just named', () => {
    const text = 'The national broadcaster aired the footage. It said the aircraft landed.';
    const s = state(text);
    expect(resolvePronounSpeaker('It', 1, text.indexOf('It said'), s)?.name).toBe('The national broadcaster');
  });

  it('prefers a named person over a description further back', () => {
    const text = 'Governor Ada Brandt visited the port. However, in her speech, the governor said little. She smiled.';
    const s = state(text);
    expect(resolvePronounSpeaker('she', 2, text.indexOf('She smiled'), s)?.name).toBe('Ada Brandt');
  });
});

describe('linkSpeakerToActor', () => {
  const actors: Actor[] = [
    { id: 'a1', name: 'Priya Natarajan', type: 'person', roles: [], affiliation: null, mentions: [] },
    { id: 'a2', name: 'Harbor Authority', type: 'organization', roles: [], affiliation: null, mentions: [{ text: 'the authority', start: 0, end: 13 }] },
  ];

  it('links by surname and by mention text, using the actor’s full name', () => {
    expect(linkSpeakerToActor({ name: 'Natarajan', kind: 'name', person: true, plural: false }, actors)).toEqual({ name: 'Priya Natarajan', actorId: 'a1' });
    expect(linkSpeakerToActor({ name: 'the authority', kind: 'description', person: false, plural: false }, actors)).toEqual({ name: 'Harbor Authority', actorId: 'a2' });
    expect(linkSpeakerToActor({ name: 'a witness', kind: 'description', person: true, plural: false }, actors)).toEqual({ name: 'a witness', actorId: null });
  });
});
