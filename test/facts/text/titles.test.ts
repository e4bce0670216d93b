import { describe, expect, it } from 'vitest';
import { createTextDocument } from '../../../src/facts/text/document.js';
import { extractActors } from '../../../src/facts/actors/index.js';
import { TITLES } from '../../../src/facts/quotes/lexicon.js';
import { PERSON_TITLES } from '../../../src/facts/text/titles.js';

describe('one list of person titles for actors and quotes', () => {
  it('actors take a title as a role, not as part of the name', () => {
    const doc = createTextDocument('Prosecutor Ilse Marten said the appeal would fail. Envoy Rafe Okoro arrived later.');
    const people = extractActors(doc).filter((a) => a.type === 'person');
    expect(people.map((a) => [a.name, a.roles])).toEqual([
      ['Ilse Marten', ['Prosecutor']],
      ['Rafe Okoro', ['Envoy']],
    ]);
  });

  it('quote speakers strip every title the actor stage knows', () => {
    for (const title of PERSON_TITLES) expect(TITLES.has(title)).toBe(true);
  });
});
