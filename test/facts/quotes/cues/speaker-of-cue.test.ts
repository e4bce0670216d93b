// Where a cue's speaker stands (src/facts/quotes/cues/speaker-of-cue.ts).
import { describe, expect, it } from 'vitest';
import { findCueBefore } from '../../../../src/facts/quotes/cues/index.js';
import { speakerOf } from '../helpers.js';

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
