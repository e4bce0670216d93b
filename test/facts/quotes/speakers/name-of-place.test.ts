// "Sen. Jane Doe of Ohio": the place after a titled name is no part of it
// (src/facts/quotes/phrases.ts: personRunEnd).
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../helpers.js';

describe('a titled name followed by "of" and a place', () => {
  it('ends the name before the place, so it links to the actor', () => {
    const text = '“We will not wait for the courts,” said Sen. Ines Varga of Vermont, a member of the panel.';
    expect(quotesOf(text, { 'Ines Varga': {} })[0]?.speaker).toEqual({ name: 'Sen. Ines Varga', actorId: 'a1' });
  });

  it('keeps an office with "of" whole, and the place after a single name (no actor: titles dropped)', () => {
    const office = '“The talks are over,” said Secretary of State Tomas Berg.';
    expect(quotesOf(office, { 'Tomas Berg': {} })[0]?.speaker?.actorId).toBe('a1');
    const single = '“We are ready,” said Queen Ysolde of Norland.';
    expect(quotesOf(single)[0]?.speaker?.name).toBe('Ysolde of Norland');
  });
});
