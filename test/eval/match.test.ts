import { describe, expect, it } from 'vitest';
import { dateTextMatches, dateValueRight, entityMatches, jaccard, nameMatches } from '../../src/eval/match.js';

describe('nameMatches (GUIDELINES actor and equipment rule)', () => {
  it('accepts equal names after normalization', () => {
    expect(nameMatches('The Harbour Authority’s', "the harbour authority", 2)).toBe(true);
  });
  it('accepts the gold words in order with few extra words', () => {
    expect(nameMatches('Prime Minister Ana Lindqvist', 'Ana Lindqvist', 2)).toBe(true);
    expect(nameMatches('the new coastal patrol boat', 'patrol boat', 3)).toBe(true);
  });
  it('rejects too many extra words, missing words and wrong order', () => {
    expect(nameMatches('former deputy prime minister Ana Lindqvist', 'Ana Lindqvist', 2)).toBe(false);
    expect(nameMatches('Lindqvist', 'Ana Lindqvist', 2)).toBe(false);
    expect(nameMatches('Lindqvist Ana', 'Ana Lindqvist', 2)).toBe(false);
  });
  it('matches aliases only by equality', () => {
    expect(entityMatches('Moscow', { name: 'Russia', aliases: ['Moscow'] }, 2)).toEqual({ matched: true, exact: true });
    expect(entityMatches('Greater Moscow', { name: 'Russia', aliases: ['Moscow'] }, 2).matched).toBe(false);
  });
});

describe('date rules', () => {
  it('matches when either text contains the other', () => {
    expect(dateTextMatches('late Monday', 'Monday')).toBe(true);
    expect(dateTextMatches('May', 'in May 2021')).toBe(true);
    expect(dateTextMatches('June', 'July')).toBe(false);
  });
  it('accepts a value that adds only a time of day to a day', () => {
    expect(dateValueRight('2024-04-10T20:00', '2024-04-10')).toBe(true);
    expect(dateValueRight('2024-04', '2024-04')).toBe(true);
    expect(dateValueRight('2024-01-01', '2024-01')).toBe(false);
    expect(dateValueRight('2023', '2024')).toBe(false);
    expect(dateValueRight('1997', '199')).toBe(false);
  });
  it('accepts a TimeML part of the day after a full day, and nothing else', () => {
    expect(dateValueRight('2024-04-10TNI', '2024-04-10')).toBe(true);
    expect(dateValueRight('2024-04-10TMO', '2024-04-10')).toBe(true);
    expect(dateValueRight('2024-04-10TDT', '2024-04-10')).toBe(true);
    expect(dateValueRight('2024-04-10TNI', '2024-04-10TNI')).toBe(true);
    expect(dateValueRight('2024-04-10', '2024-04-10TNI')).toBe(false);
    expect(dateValueRight('2024-04TNI', '2024-04')).toBe(false);
    expect(dateValueRight('2024-04-10TXY', '2024-04-10')).toBe(false);
  });
});

describe('jaccard', () => {
  it('compares word sets after normalization', () => {
    expect(jaccard('We will build the bridge.', 'we will build the bridge')).toBe(1);
    expect(jaccard('one two three four', 'one two')).toBe(0.5);
    expect(jaccard('alpha', 'beta')).toBe(0);
  });
});
