import { describe, expect, it } from 'vitest';
import { classifyDirectPartial, dropScareQuotes, joinMultiParagraphQuotes, looksLikeTitle, trimQuoteSpan, type QuoteCandidate } from '../../../src/facts/quotes/filters.js';
import { pairQuotationMarks } from '../../../src/facts/quotes/marks.js';
import { splitParagraphs } from '../../../src/facts/text/document.js';

function candidates(text: string): QuoteCandidate[] {
  const pieces = pairQuotationMarks(text, splitParagraphs(text))
    .map((s) => trimQuoteSpan(text, s))
    .filter((c): c is QuoteCandidate => c !== null);
  return joinMultiParagraphQuotes(pieces);
}

const quoted = (text: string, cs: QuoteCandidate[]) => cs.map((c) => text.slice(c.start, c.end));

describe('trimQuoteSpan', () => {
  it('drops surrounding space and a trailing comma, keeping offsets exact', () => {
    const text = '“ We will win, ” the captain said.';
    const [c] = candidates(text);
    expect(text.slice(c!.start, c!.end)).toBe('We will win');
  });
});

describe('joinMultiParagraphQuotes', () => {
  it('marks the piece after a run-on paragraph as its continuation', () => {
    const text = 'She said: “The first part.\n\n“The second part.”';
    expect(candidates(text).map((c) => c.continued)).toEqual([false, true]);
  });
});

describe('dropScareQuotes', () => {
  it('drops one-word scare quotes and titles without a speech cue', () => {
    const text = 'The critics called the plan “bold” and the film “Night Harbor” opened; the agency said it “will review every case.”';
    expect(quoted(text, dropScareQuotes(text, candidates(text)))).toEqual(['will review every case.']);
  });

  it('keeps a title-cased slogan that is chanted', () => {
    const text = 'Marchers chanted, “Save Our Park,” outside the hall.';
    expect(quoted(text, dropScareQuotes(text, candidates(text)))).toEqual(['Save Our Park']);
  });

  it('keeps a one-word sentence that is clearly speech', () => {
    const text = '“Never,” the senator said.';
    expect(quoted(text, dropScareQuotes(text, candidates(text)))).toEqual(['Never']);
  });

  it('recognizes titles', () => {
    expect(looksLikeTitle('Return of the Night Riders')).toBe(true);
    expect(looksLikeTitle('Save our park')).toBe(false);
  });
});

describe('classifyDirectPartial', () => {
  it('calls a whole sentence direct and a woven fragment partial', () => {
    const text = '“We are ready,” she said. He called it “a reckless gamble” and left.';
    const [a, b] = candidates(text);
    expect(classifyDirectPartial(text, a!)).toBe('direct');
    expect(classifyDirectPartial(text, b!)).toBe('partial');
  });

  it('treats a quote after a colon as direct', () => {
    const text = 'The minister said: “Prices will fall.”';
    expect(classifyDirectPartial(text, candidates(text)[0]!)).toBe('direct');
  });
});
