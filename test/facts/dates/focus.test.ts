import { describe, expect, it } from 'vitest';
import { isReportingDay } from '../../../src/facts/dates/focus.js';
import { findDateCandidates } from '../../../src/facts/dates/index.js';
import { createTextDocument } from '../../../src/facts/text/document.js';
import { pairs } from './helpers.js';

function reportingFlags(text: string): [string, boolean][] {
  const doc = createTextDocument(text);
  return findDateCandidates(doc).map((c) => [text.slice(c.start, c.end), isReportingDay(doc, c)]);
}

describe('isReportingDay', () => {
  it('marks a day that follows a speech cue', () => {
    expect(reportingFlags('The dam broke on Monday, the mayor said on Tuesday.')).toEqual([['Monday', false], ['Tuesday', true]]);
    expect(reportingFlags('Police told reporters Friday that the pier had failed Thursday.')).toEqual([['Friday', true], ['Thursday', false]]);
    expect(reportingFlags('The club announced late Sunday it had sold the stadium.')).toEqual([['late Sunday', true]]);
    expect(reportingFlags('The ministry said in a statement on Friday that the talks ended.')).toEqual([['Friday', true]]);
    expect(reportingFlags('The bridge fell on Sunday, the army said on Telegram on Monday.')).toEqual([['Sunday', false], ['Monday', true]]);
    expect(reportingFlags('Two wells ran dry, according to the water board on Tuesday.')).toEqual([['Tuesday', true]]);
  });
});

describe('dayInFocus (clock times)', () => {
  it('takes the event day over a reporting day from the paragraph before', () => {
    const text = 'Storms flooded the valley late Monday, the agency said on Wednesday.\n\nThe river crested shortly after 11 p.m. and fell by dawn.';
    expect(pairs(text, '2024-04-10')).toEqual([['late Monday', '2024-04-08'], ['Wednesday', '2024-04-10'], ['11 p.m.', '2024-04-08T23:00']]);
  });

  it('takes the event day over a reporting day in its own sentence', () => {
    expect(pairs('Officials said Wednesday the ferry sank on Monday at about 6 a.m.', '2024-04-10'))
      .toEqual([['Wednesday', '2024-04-10'], ['Monday', '2024-04-08'], ['6 a.m.', '2024-04-08T06:00']]);
  });

  it('falls back to the reporting day when it is the only day in focus', () => {
    expect(pairs('The mayor said on Tuesday the pier would close.\n\nWork starts at 7 a.m.', '2024-04-10'))
      .toEqual([['Tuesday', '2024-04-09'], ['7 a.m.', '2024-04-09T07:00']]);
  });
});
