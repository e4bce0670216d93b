// Cues after a quotation (src/facts/quotes/cues/after.ts).
import { describe, expect, it } from 'vitest';
import { findCueAfter } from '../../../../src/facts/quotes/cues/index.js';
import { afterText, speakerOf } from '../helpers.js';

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

describe('findCueAfter: a tag after a finished quoted sentence', () => {
  const text = 'Kim Ode spoke first.\n\n“Why are you still backing it?” Ivan Petrov asked council members. “What does it say about you?”\n\n“We will build it anyway,” an angry Lena Roth retaliated.';

  it('keeps a tag whose verb ends with the listener ("asked council members.")', () => {
    expect(speakerOf(text, 'Why are you')).toBe('Ivan Petrov');
    expect(speakerOf(text, 'What does it say')).toBe('Ivan Petrov');
  });

  it('reads verbs that are speech only where they touch the quote', () => {
    expect(speakerOf(text, 'We will build')).toBe('Lena Roth');
  });

  it('still leaves a verb going on to a statement of its own to that statement', () => {
    const own = 'Kim Ode spoke first. “Why are you still backing it?” Ivan Petrov asked that the vote be delayed.';
    expect(speakerOf(own, 'Why are you')).not.toBe('Ivan Petrov');
  });
});
