import { describe, expect, it } from 'vitest';
import { parsePlainText, splitParagraphs, takeHeadline } from '../../src/article/plaintext.js';
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
    const paras = ['This is a long opening paragraph that clearly reads like a sentence of body text and not like a headline at all, because it goes on.', 'Second.'];
    expect(takeHeadline(paras).title).toBeNull();
  });

  it('warns on empty input instead of throwing', () => {
    const a = parseArticle({ bytes: new Uint8Array() });
    expect(a.text).toBe('');
    expect(a.warnings).toContain('no-article-body');
  });
});
