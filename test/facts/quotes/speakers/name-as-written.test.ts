// Speakers named as the attribution writes them (src/facts/quotes/speakers/name-as-written.ts).
import { describe, expect, it } from 'vitest';
import { nameAsWritten } from '../../../../src/facts/quotes/speakers/index.js';
import { quotesOf } from '../helpers.js';

describe('nameAsWritten', () => {
  it('keeps the written form of a speaker linked to an actor, and the link', () => {
    const guess = { name: 'Ines Varga', kind: 'name' as const, person: true, plural: false, written: 'Ms. Varga' };
    expect(nameAsWritten(guess, { name: 'Ines Varga', actorId: 'a2' })).toEqual({ name: 'Ms. Varga', actorId: 'a2' });
  });

  it('keeps the fullest name when no actor holds it', () => {
    const guess = { name: 'Ines Varga', kind: 'name' as const, person: true, plural: false, written: 'Varga' };
    expect(nameAsWritten(guess, { name: 'Ines Varga', actorId: null })).toEqual({ name: 'Ines Varga', actorId: null });
  });

  it('names each quote of one person as its own attribution does, all linked to the same actor', () => {
    const text = 'Sen. Ines Varga opened the session. “The bill is dead,” said Sen. Ines Varga.\n\n“We will try again in spring,” Ms. Varga said.';
    const quotes = quotesOf(text, { 'Ines Varga': { forms: ['Varga'] } });
    expect(quotes.map((q) => q.speaker)).toEqual([
      { name: 'Sen. Ines Varga', actorId: 'a1' },
      { name: 'Ms. Varga', actorId: 'a1' },
    ]);
  });
});
