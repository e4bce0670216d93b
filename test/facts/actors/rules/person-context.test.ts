import { describe, expect, it } from 'vitest';
import { createTextDocument } from '../../../../src/facts/text/document.js';
import { tokenize } from '../../../../src/facts/actors/tokens.js';
import { createRuleContext } from '../../../../src/facts/actors/rules/context.js';
import { readsAsPerson } from '../../../../src/facts/actors/rules/person-context.js';

/** Whether the words `name` (their first occurrence) read as a person in `text`. */
function reads(text: string, name: string): boolean {
  const doc = createTextDocument(text);
  const tokens = tokenize(doc);
  const ctx = createRuleContext(doc.text, tokens, doc.english);
  const start = text.indexOf(name);
  const words = tokens.filter((t) => t.start >= start && t.end <= start + name.length);
  return readsAsPerson({ start, end: start + name.length, tokens: words }, ctx);
}

describe('readsAsPerson', () => {
  it('reads an entrant with a country in parentheses as a person', () => {
    expect(reads('1. Tarik Ouzzane (Morocco) 13:05.10\n2. Peder Lund (Norway) 13:06.02', 'Tarik Ouzzane')).toBe(true);
  });
  it('reads a name after a country possessive as a person', () => {
    expect(reads("The title went to Norway's Peder Lund on Sunday.", 'Peder Lund')).toBe(true);
  });
  it('reads a name with an age in apposition as a person', () => {
    expect(reads('Two walkers, Maren Oskvik, 19, and a friend, were found.', 'Maren Oskvik')).toBe(true);
  });
  it('reads a name after a shirt number in a line-up as a person', () => {
    expect(reads('Forwards: 5 - Tarik Ouzzane, 4 - Peder Lund, 3 - Ivo Brak.', 'Peder Lund')).toBe(true);
  });
  it('reads a byline alone on its line and a sign-off as a person', () => {
    expect(reads('Storm hits coast.\nMaren Oskvik\nHARLOW 1996-05-02\nThe storm came.', 'Maren Oskvik')).toBe(true);
    expect(reads('The storm came.\n-- Maren Oskvik, Harlow newsroom +44 171 000', 'Maren Oskvik')).toBe(true);
    expect(reads('Storm hits coast.\n\nMaren Oskvik\n\nHARLOW, Kent\n\nThe storm came.', 'Maren Oskvik')).toBe(true);
    expect(reads('The storm came, Maren Oskvik wrote.', 'Maren Oskvik')).toBe(false);
    // A line of a list is no byline.
    expect(reads('Features:\nMaren Oskvik\nOptical heart sensor', 'Maren Oskvik')).toBe(false);
    expect(reads('The storm came.\n-- Maren Oskvik, Harlow', 'Maren Oskvik')).toBe(false);
  });
  it('leaves organizations with a head word or a common word, and single words', () => {
    expect(reads("Norway's Harbour Police said on Monday it had found the boat.", 'Harbour Police')).toBe(false);
    expect(reads('1. Fenwick Rovers (Norway) 3 points', 'Fenwick Rovers')).toBe(false);
    expect(reads('Dravik (Norway) 3 points', 'Dravik')).toBe(false);
  });
  it('needs the context: a plain name alone says nothing', () => {
    expect(reads('Tarik Ouzzane will open a plant there.', 'Tarik Ouzzane')).toBe(false);
    expect(reads('Tarik Ouzzane (Zorblat) announced results.', 'Tarik Ouzzane')).toBe(false);
  });
});
