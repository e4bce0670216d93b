import { describe, expect, it } from 'vitest';
import { pairQuotationMarks } from '../../../src/facts/quotes/marks.js';
import { splitParagraphs } from '../../../src/facts/text/document.js';

function inner(text: string): string[] {
  return pairQuotationMarks(text, splitParagraphs(text)).map((s) => text.slice(s.open + 1, s.close));
}

describe('pairQuotationMarks', () => {
  it('pairs curly double quotes', () => {
    expect(inner('The mayor said “we will rebuild the bridge” on Friday.')).toEqual(['we will rebuild the bridge']);
  });

  it('pairs straight double quotes, including a closer after a space', () => {
    expect(inner('"Is this fair? " she asked. "No."')).toEqual(['Is this fair? ', 'No.']);
  });

  it('pairs guillemets, single guillemets, German and corner marks', () => {
    expect(inner('Il a dit « nous partons demain » hier.')).toEqual([' nous partons demain ']);
    expect(inner('Er sagte „wir kommen morgen“ dann.')).toEqual(['wir kommen morgen']);
    expect(inner('A sign read ‹no entry here› today.')).toEqual(['no entry here']);
    expect(inner('彼は「明日行く」と言った。')).toEqual(['明日行く']);
  });

  it('reads two apostrophes as one double quotation mark, the words between them whole', () => {
    const text = "''Not this year,'' said Ilse Marr. She called it ''a bad deal'' and left.";
    const spans = pairQuotationMarks(text, splitParagraphs(text));
    expect(spans.map((s) => [text[s.open], text[s.close]])).toEqual([["'", "'"], ["'", "'"]]);
    expect(spans.map((s) => text.slice(s.open + 2, s.close - 1))).toEqual(['Not this year,', 'a bad deal']);
  });

  it('treats apostrophes as letters, not marks', () => {
    expect(inner('It’s the firm’s view that the ’90s and the \'80s don’t matter.')).toEqual([]);
    expect(inner('“We don’t know what the team’s plan is,” the coach said.')).toEqual([
      'We don’t know what the team’s plan is,',
    ]);
  });

  it('keeps nested single quotes inside the outer quote', () => {
    expect(inner('She wrote that the council “failed to show ‘basic respect’ for tenants.”')).toEqual([
      'failed to show ‘basic respect’ for tenants.',
    ]);
  });

  it('does not take an inch sign for an opening mark', () => {
    expect(inner('It has a 6" screen, and the seller called it "a small marvel" online.')).toEqual(['a small marvel']);
  });

  it('continues a quote into the next paragraph that opens with a mark', () => {
    const text = '“The first part of the speech ran on,” he said. “And then it went further.\n\n“It ended here.”';
    const spans = pairQuotationMarks(text, splitParagraphs(text));
    expect(spans.map((s) => s.runsOn)).toEqual([false, true, false]);
    expect(text.slice(spans[1]!.open + 1, spans[1]!.close)).toBe('And then it went further.');
  });

  it('drops an unclosed mark when the next paragraph does not continue it', () => {
    expect(inner('He said “this never closes.\n\nA new paragraph starts.')).toEqual([]);
  });

  it('stays linear on a million marks', () => {
    const text = '“'.repeat(500_000) + '”'.repeat(500_000);
    const spans = pairQuotationMarks(text, [{ start: 0, end: text.length }]);
    expect(spans).toHaveLength(1);
    const straight = '"a b" '.repeat(200_000);
    expect(pairQuotationMarks(straight, [{ start: 0, end: straight.length }])).toHaveLength(200_000);
  });
});
