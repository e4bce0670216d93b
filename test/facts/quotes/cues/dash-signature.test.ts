// A quote signed with a dash (src/facts/quotes/cues/dash-signature.ts).
import { describe, expect, it } from 'vitest';
import { speakerOf } from '../helpers.js';

describe('dashSignature', () => {
  const letters = [
    '“The ferry has not run on time once this winter.” ― Oona Brightwater',
    '“Nobody asked the fishermen what they needed.” — Piet Varga, 52, harbour pilot',
    '“We will vote, and we will remember.” –Ines Okafor.',
  ].join('\n');

  it('takes the name after the dash as the speaker of each signed quote', () => {
    expect(speakerOf(letters, 'The ferry')).toBe('Oona Brightwater');
    expect(speakerOf(letters, 'Nobody asked')).toBe('Piet Varga');
    expect(speakerOf(letters, 'We will vote')).toBe('Ines Okafor');
  });

  it('does not read a dash that goes on with the reporter’s sentence as a signature', () => {
    const text = 'Halvorsen had promised “a quiet and orderly season for everyone” — Harbour Days were cancelled anyway.';
    expect(speakerOf(text, 'a quiet')).not.toBe('Harbour Days');
  });
});
