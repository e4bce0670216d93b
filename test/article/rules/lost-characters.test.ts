import { describe, expect, it } from 'vitest';
import { lostCharacters } from '../../../src/article/rules/lost-characters.js';
import { htmlArticle } from '../../../src/article/html.js';

const P = '<p>The valley orchard opened its gates to cider makers from three counties, the growers said, after a wet spring cut the early harvest.</p>'.repeat(3);

describe('an h1 that lost characters to a bad encoding', () => {
  it('matches a meta title where question marks stand for lost characters', () => {
    expect(lostCharacters('What is cider pressing? A grower? guide', "What is cider pressing: A grower's guide")).toBe(true);
    expect(lostCharacters('Caf\ufffd owners back the orchard plan', 'Café owners back the orchard plan')).toBe(true);
  });

  it('does not take a real question, or a different title, for lost characters', () => {
    expect(lostCharacters('Is cider the new beer?', 'Is cider the new beer')).toBe(false);
    expect(lostCharacters('Is cider? The growers answer', 'Cider growers answer the critics')).toBe(false);
    expect(lostCharacters('Cider makers flock to the orchard', 'Cider makers flock to the orchard')).toBe(false);
  });

  it('gives the intact meta title', () => {
    const a = htmlArticle(`<html><head><meta property="og:title" content="What is cider pressing: A grower's guide"></head><body><h1>What is cider pressing? A grower? guide</h1><article>${P}</article></body></html>`);
    expect(a.title).toBe("What is cider pressing: A grower's guide");
  });
});
