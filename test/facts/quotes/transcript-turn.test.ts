// A quoted transcript's turns name their speakers (src/facts/quotes/transcript-turn.ts).
import { describe, expect, it } from 'vitest';
import { quotesOf, speakerOf } from './helpers.js';

const transcript = 'Judge Ilse Marr spoke to the host on Friday. Part of the transcript follows:\n\n'
  + '"HOST: Were you surprised by the verdict in the end?\n\n'
  + '"MARR: Not at all, the evidence was very clear to everyone.\n\n'
  + '"VIDEO: The full interview runs for ten minutes.\n\n'
  + '"HOST: Thank you for coming in today."';

describe('transcriptTurn', () => {
  it('gives each turn the name before its colon, linked to the actor', () => {
    expect(speakerOf(transcript, 'Were you', { 'Ilse Marr': {} })).toBe('HOST');
    const marr = quotesOf(transcript, { 'Ilse Marr': {} }).find((q) => q.text.startsWith('Not at all'));
    expect(marr?.speaker?.actorId).toBe('a1');
    expect(marr?.cue).toBe(':');
  });

  it('keeps the label out of the quoted words, with offsets that point at them', () => {
    const quotes = quotesOf(transcript, { 'Ilse Marr': {} });
    const marr = quotes.find((q) => q.speaker?.actorId === 'a1');
    expect(marr?.text).toBe('Not at all, the evidence was very clear to everyone.');
    expect(quotes.every((q) => !/^(?:HOST|MARR):/.test(q.text))).toBe(true);
  });

  it('takes no label ("VIDEO:") for a speaker', () => {
    expect(speakerOf(transcript, 'VIDEO', { 'Ilse Marr': {} })).not.toBe('VIDEO');
  });

  it('reads a turn only where the mark opens the paragraph', () => {
    expect(speakerOf('The ballot read: “YES: Fund the new library now” and it passed.', 'YES')).not.toBe('YES');
  });
});
