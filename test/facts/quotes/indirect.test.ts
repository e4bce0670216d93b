// Reported speech without quotation marks (src/facts/quotes/indirect.ts).
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/facts/quotes/index.js';
import { createTextDocument } from '../../../src/facts/text/document.js';

function indirect(text: string) {
  return extractQuotes(createTextDocument(text), { actors: [], includeIndirect: true }).filter((q) => q.kind === 'indirect');
}

describe('findIndirectQuotes', () => {
  it('reads "X said that CLAUSE" and "CLAUSE, X said", offsets exact', () => {
    const text = 'The water board said that the reservoir would be full by June. The old dam needs new gates before winter, the engineers said.';
    const found = indirect(text);
    expect(found.map((q) => [q.text, q.speaker?.name])).toEqual([
      ['the reservoir would be full by June', 'The water board'],
      ['The old dam needs new gates before winter', 'the engineers'],
    ]);
    for (const q of found) expect(text.slice(q.start, q.end)).toBe(q.text);
  });

  it('resolves "CLAUSE, he said" from the sentences before, not from the clause’s own subject', () => {
    const text = 'Halvard Moen is the chief forecaster of the weather office. The northern Rondane Range has had no snow since October, he said.';
    expect(indirect(text)[0]?.speaker?.name).toBe('Halvard Moen');
  });

  it('does not take a later "that" for the start of the content when a clause comes first', () => {
    const text = 'Moen says there is a fair chance that the pass will stay open all year.';
    expect(indirect(text).some((q) => q.text.startsWith('the pass will stay open'))).toBe(false);
  });
});

describe('findIndirectQuotes: no source, no indirect quote', () => {
  it('skips a passive cue ("it was noted that", "we are told that")', () => {
    expect(indirect('In the annual report it was noted that the harbour fees would double next spring.')).toEqual([]);
    expect(indirect('Instead, we are told that the price rise was a gesture of goodwill to riders.')).toEqual([]);
  });

  it('skips a passive cue after "be" ("will be announced that")', () => {
    expect(indirect('New fares will be announced next week in towns that have no rail link.')).toEqual([]);
  });

  it('does not read a result clause ("so many … that") as what was said', () => {
    expect(indirect('The coach tells so many jokes that the players could laugh for hours.')).toEqual([]);
    expect(indirect('The coach told reporters on Sunday that the club could still win the cup.')[0]?.text).toBe('the club could still win the cup');
  });

  it('does not start the content at a "that" after "there’s"', () => {
    const found = indirect('Moen noted there’s no proof that the new salt will keep the pass open.');
    expect(found.some((q) => q.text.startsWith('the new salt'))).toBe(false);
  });
});

describe('findIndirectQuotes: the writer is no source', () => {
  it('skips "we confirmed that" and "I said that" outside quotation marks', () => {
    expect(indirect('The ferry company runs six boats. We confirmed that the early boat still leaves at six.')).toEqual([]);
  });
});
