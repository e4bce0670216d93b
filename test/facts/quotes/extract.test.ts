import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/facts/quotes/index.js';
import { createTextDocument } from '../../../src/facts/text/document.js';

function run(text: string, includeIndirect = false) {
  return extractQuotes(createTextDocument(text), { actors: [], includeIndirect });
}

const ARTICLE = [
  'Harbor Authority chief Marta Velasquez said on Monday that dredging would resume next week.',
  '“We lost three weeks to the storm,” Velasquez said. “Nobody is happy about that.”',
  'The port union disagreed, saying in a statement that the plan “ignores the people who do the work.”',
  '“Safety comes first,” one of the dock supervisors was quoted as saying.',
  'Velasquez has called the delay “regrettable but necessary” and promised updates.',
  '“We will publish the schedule,” she added.',
  '“The crews are ready. The boats are fueled.”',
  'Fans of the film “Deep Water” and the “wins” column were not consulted.',
].join('\n\n');

describe('extractQuotes', () => {
  const quotes = run(ARTICLE);
  const byStart = (s: string) => quotes.find((q) => q.text.startsWith(s));

  it('keeps text offsets exact and drops scare quotes and titles', () => {
    for (const q of quotes) expect(ARTICLE.slice(q.start, q.end)).toBe(q.text);
    expect(quotes.some((q) => q.text.includes('Deep Water') || q.text === 'wins')).toBe(false);
  });

  it('attributes cue-after, continuation, description and participle quotes', () => {
    expect(byStart('We lost')?.speaker?.name).toBe('Marta Velasquez');
    expect(byStart('Nobody is happy')?.speaker?.name).toBe('Marta Velasquez');
    expect(byStart('ignores the people')?.speaker?.name).toBe('The port union');
    expect(byStart('Safety comes first')).toMatchObject({ speaker: { name: 'one of the dock supervisors' }, cue: 'was quoted as saying' });
    expect(byStart('regrettable')).toMatchObject({ kind: 'partial', speaker: { name: 'Marta Velasquez' } });
  });

  it('resolves pronouns and quote paragraphs without a cue', () => {
    expect(byStart('We will publish')?.speaker?.name).toBe('Marta Velasquez');
    expect(byStart('The crews are ready')).toMatchObject({ kind: 'direct', speaker: { name: 'Marta Velasquez' } });
  });

  it('reports indirect speech only when asked', () => {
    expect(quotes.some((q) => q.kind === 'indirect')).toBe(false);
    const indirect = run(ARTICLE, true).filter((q) => q.kind === 'indirect');
    expect(indirect.map((q) => q.text)).toContain('dredging would resume next week');
    expect(indirect[0]?.speaker?.name).toBe('Marta Velasquez');
  });

  it('handles a cue between two quotes of one sentence', () => {
    const text = '“The vote is close,” said Councillor Femi Adeyemi, “but we will carry it.”';
    expect(run(text).map((q) => q.speaker?.name)).toEqual(['Femi Adeyemi', 'Femi Adeyemi']);
  });

  it('returns nothing for text without quotes', () => {
    expect(run('The ferry left at noon and arrived late.')).toEqual([]);
  });
});
