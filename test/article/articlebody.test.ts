import { describe, expect, it } from 'vitest';
import { refineWithArticleBody } from '../../src/article/articlebody.js';

// Invented story paragraphs, long enough that the body passes the 60-word floor.
const STORY = [
  'The harbour board of Vellmark voted on Tuesday to widen the northern quay, a project its engineers have argued for since the last storm season flooded the fish market twice.',
  'Work will start in spring and close the quay to trawlers for eleven weeks, the board said, while ferries keep their berths on the southern side of the basin.',
  'Fishermen who spoke at the meeting asked for a rebate on mooring fees during the closure, and the chair promised an answer before the budget vote next month.',
  'The board expects the wider quay to take ships twice the length of those it can serve today, which would bring the cruise lines back after a decade away.',
];
const PROMO = 'Sign up for our weekly newsletter and never miss a story from the coast again today';

describe('refineWithArticleBody', () => {
  it('drops paragraphs that a complete articleBody does not hold', () => {
    const out = refineWithArticleBody([STORY[0]!, PROMO, ...STORY.slice(1)], STORY.join('\n'));
    expect(out).toEqual(STORY);
  });

  it('takes the articleBody paragraphs when the extraction covers less than half of it', () => {
    const out = refineWithArticleBody([PROMO], STORY.join('\n\n'));
    expect(out).toEqual(STORY);
  });

  it('leaves the extraction alone when the articleBody is a teaser or missing', () => {
    const extraction = [...STORY, STORY[0]!.replace('Vellmark', 'Orrin'), STORY[1]!.replace('spring', 'autumn'), PROMO];
    expect(refineWithArticleBody(extraction, null)).toBe(extraction);
    expect(refineWithArticleBody(extraction, 'Short teaser of the story.')).toBe(extraction);
  });

  it('decides the same way on a page with more distinct words than fit in numeric shingles', () => {
    // Over 8,192 distinct invented words: the refiner compares string shingles instead.
    const vocabulary = Array.from({ length: 9000 }, (_, i) => `w${i.toString(36)}x`);
    const paragraphs = Array.from({ length: 90 }, (_, p) => vocabulary.slice(p * 100, p * 100 + 100).join(' '));
    const out = refineWithArticleBody([...paragraphs, PROMO], paragraphs.join('\n'));
    expect(out).toEqual(paragraphs);
  });
});
