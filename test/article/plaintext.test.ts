import { describe, expect, it } from 'vitest';
import { parsePlainText, splitParagraphs } from '../../src/article/plaintext.js';
import { parseArticle } from '../../src/article/index.js';

const enc = (s: string) => new TextEncoder().encode(s);

const SYNDICATED = [
  'Harbour Authority Opens Second Ferry Terminal',
  '',
  'Harbour Authority Opens Second Ferry Terminal',
  '',
  'The harbour authority opened a second ferry terminal on Monday, officials said.',
  '',
  'The new terminal can handle four vessels at once.',
  '',
  'Source link : https://example.org/news/2023/05/ferry-terminal',
  '',
  'Author : Jane Q. Porter',
  '',
  'Publish date : 2023-05-02 09:30:00',
  '',
  'Copyright for syndicated content belongs to the linked Source.',
  '',
  'Exit mobile version',
].join('\n');

describe('plain-text articles', () => {
  it('takes the first line as headline and drops its repetition', () => {
    const parts = parsePlainText(SYNDICATED);
    expect(parts.title).toBe('Harbour Authority Opens Second Ferry Terminal');
    expect(parts.paragraphs[0]).toMatch(/^The harbour authority opened/);
  });

  it('reads trailer label lines into metadata and removes them', () => {
    const parts = parsePlainText(SYNDICATED);
    expect(parts.sourceUrl).toBe('https://example.org/news/2023/05/ferry-terminal');
    expect(parts.authors).toEqual(['Jane Q. Porter']);
    expect(parts.publishedAt).toBe('2023-05-02T09:30:00');
    expect(parts.paragraphs).toHaveLength(2);
  });

  it('keeps authors empty when the Author line is blank', () => {
    const parts = parsePlainText(SYNDICATED.replace('Author : Jane Q. Porter', 'Author :'));
    expect(parts.authors).toEqual([]);
    expect(parts.paragraphs.join(' ')).not.toContain('Author');
  });

  it('understands other trailer labels (Originally published at, By, Published)', () => {
    const text = 'Council Votes on Budget\n\nThe council approved the budget after a long debate.\n\nOriginally published at: https://news.example.com/a/1\nBy: Sam Doe and Lee Roe\nPublished: March 3, 2022';
    const parts = parsePlainText(text);
    expect(parts.sourceUrl).toBe('https://news.example.com/a/1');
    expect(parts.authors).toEqual(['Sam Doe', 'Lee Roe']);
    expect(parts.publishedAt).toBe('2022-03-03');
    expect(parts.paragraphs).toEqual(['The council approved the budget after a long debate.']);
  });

  it('joins paragraphs with exactly one blank line and drops boilerplate', () => {
    const a = parseArticle({ bytes: enc(SYNDICATED) });
    expect(a.text).toBe('The harbour authority opened a second ferry terminal on Monday, officials said.\n\nThe new terminal can handle four vessels at once.');
    expect(a.text).not.toMatch(/Copyright|Exit mobile|Source link|Publish date/);
  });

  it('splits on blank lines and joins hard-wrapped lines', () => {
    expect(splitParagraphs('one line\nwrapped here\n\n\n  second  para ')).toEqual(['one line wrapped here', 'second para']);
    expect(splitParagraphs('a\nb\nc')).toEqual(['a', 'b', 'c']);
  });

  it('does not take a long first sentence as headline', () => {
    const text = 'This is a long opening paragraph that clearly reads like a sentence of body text and not like a headline at all, because it goes on.\n\nSecond.';
    expect(parsePlainText(text).title).toBeNull();
  });

  it('warns on empty input instead of throwing', () => {
    const a = parseArticle({ bytes: new Uint8Array() });
    expect(a.text).toBe('');
    expect(a.warnings).toContain('no-article-body');
  });

  it('splits a header block of single lines: headline, shouted byline with outlet, Published line', () => {
    const text = [
      'Port city opens new desalination plant after two dry summers',
      'By MARTA OYELARAN-VOSS | Coastal Wire',
      'Published: March 4, 2024 7:10 AM',
      '',
      'HARLOW BAY (CW) — The city switched on its first desalination plant on Monday.',
      '',
      'Engineers said the plant could supply a third of the city.',
    ].join('\n');
    const parts = parsePlainText(text);
    expect(parts.title).toBe('Port city opens new desalination plant after two dry summers');
    expect(parts.authors).toEqual(['Marta Oyelaran-Voss']);
    expect(parts.publishedAt).toBe('2024-03-04T07:10');
    expect(parts.paragraphs[0]).toMatch(/^HARLOW BAY \(CW\) — The city/);
    expect(parts.paragraphs).toHaveLength(2);
  });

  it('reads "By A and B", an Updated line and a bare date line', () => {
    const text = 'Rail strike called off\nBy Tomas Rieke and Ana Lindgren\nFriday, June 7, 2024\nUpdated June 8, 2024 10:05 a.m.\n\nUnions called off the strike late on Friday.\n\nTrains ran normally on Saturday.';
    const parts = parsePlainText(text);
    expect(parts.title).toBe('Rail strike called off');
    expect(parts.authors).toEqual(['Tomas Rieke', 'Ana Lindgren']);
    expect(parts.publishedAt).toBe('2024-06-07');
    expect(parts.modifiedAt).toBe('2024-06-08T10:05');
    expect(parts.paragraphs).toEqual(['Unions called off the strike late on Friday.', 'Trains ran normally on Saturday.']);
  });

  it('drops a trailer block after a separator: credits, source, rights lines; keeps the source URL', () => {
    const text = [
      'Storm closes mountain pass', '', 'Snow closed the pass for a second day on Sunday.', '', 'Drivers were told to wait.', '',
      '***',
      'Rosa Idris in Geneva contributed to this report.',
      'Originally published on https://wire.example.net/story/pass-closed',
      'Copyright 2024 Example Wire Service. All rights reserved.',
      'This material may not be published, broadcast or redistributed.',
    ].join('\n');
    const parts = parsePlainText(text);
    expect(parts.paragraphs).toEqual(['Snow closed the pass for a second day on Sunday.', 'Drivers were told to wait.']);
    expect(parts.sourceUrl).toBe('https://wire.example.net/story/pass-closed');
  });

  it('treats lines as paragraphs when the text has no blank lines, and keeps a prose "By ..." sentence', () => {
    const text = 'Bridge reopens\nThe bridge reopened to traffic on Wednesday.\nBy Thursday morning the queues had gone.\nOfficials thanked drivers for their patience.';
    const parts = parsePlainText(text);
    expect(parts.title).toBe('Bridge reopens');
    expect(parts.authors).toEqual([]);
    expect(parts.paragraphs).toEqual([
      'The bridge reopened to traffic on Wednesday.',
      'By Thursday morning the queues had gone.',
      'Officials thanked drivers for their patience.',
    ]);
  });

  it('keeps long single-newline lines apart but joins a hard-wrapped block', () => {
    const long = 'The regional council voted on Tuesday to double the budget for rural bus lines, a move its members said would reconnect a dozen villages.';
    const long2 = 'Opposition members said the money would be better spent on repairing the roads that the buses use every day of the week.';
    expect(splitParagraphs(`Headline here\n\n${long}\n${long2}`)).toEqual(['Headline here', long, long2]);
    expect(splitParagraphs('The council voted on Tuesday to double\nthe budget for rural bus lines.\n\nSecond paragraph.')).toEqual([
      'The council voted on Tuesday to double the budget for rural bus lines.', 'Second paragraph.',
    ]);
  });

  it('joins a dateline printed alone on its line to the lead', () => {
    const parts = parsePlainText('Ferry sinks near harbour\n\nKESTREL POINT, Norland (Reuters) -\n\nA ferry sank near the harbour on Monday.\n\nAll passengers were rescued.');
    expect(parts.paragraphs[0]).toBe('KESTREL POINT, Norland (Reuters) - A ferry sank near the harbour on Monday.');
  });

  it('never takes a dateline with a date, or an underscore dateline, for the headline', () => {
    const dated = parsePlainText('OSTERBY, March 9 (Agency) --\n\nThe port authority said on Monday it would reopen the north quay.\n\nWork starts in May.');
    expect(dated.title).toBeNull();
    expect(dated.paragraphs[0]).toBe('OSTERBY, March 9 (Agency) -- The port authority said on Monday it would reopen the north quay.');
    const underscore = parsePlainText('OSTERBY _\n\nThe port authority said on Monday it would reopen the north quay.\n\nWork starts in May.');
    expect(underscore.title).toBeNull();
    expect(underscore.paragraphs[0]).toBe('OSTERBY _ The port authority said on Monday it would reopen the north quay.');
  });

  it('keeps a lead-in line that ends with a colon in the text, not as the headline', () => {
    const parts = parsePlainText('The Gazette said in an editorial on Friday, May 2:\n\nThe council was right to close the old bridge.\n\nIt should now fund the new one.');
    expect(parts.title).toBeNull();
    expect(parts.paragraphs[0]).toBe('The Gazette said in an editorial on Friday, May 2:');
  });

  it('keeps a long opening question in the text, but takes a short question as the headline', () => {
    const long = parsePlainText('The council said today it will ask the question is the old ferry pier, built before the war, in fact, still safe?\n\nEngineers first raised doubts last year.\n\nA report is due in May.');
    expect(long.title).toBeNull();
    expect(long.paragraphs[0]).toMatch(/^The council said today/);
    const short = parsePlainText('Will the ferry pier reopen before summer?\n\nEngineers first raised doubts last year.\n\nA report is due in May.');
    expect(short.title).toBe('Will the ferry pier reopen before summer?');
  });
});
