import { describe, expect, it } from 'vitest';
import { opensInfinitive } from '../../../src/facts/dates/infinitive.js';
import { pairs } from './helpers.js';

const words = (s: string) => s.split(' ').map((text) => ({ text, proper: /^[A-Z]/.test(text) }));

describe('opensInfinitive', () => {
  it('is true for a bare verb after "to"', () => {
    expect(opensInfinitive(words('ordered him to appear'), 3)).toBe(true);
  });

  it('is false for a determiner, a name or a plural after "to"', () => {
    expect(opensInfinitive(words('rose to the'), 2)).toBe(false);
    expect(opensInfinitive(words('moved to Denver'), 2)).toBe(false);
    expect(opensInfinitive(words('wrote to lawmakers'), 2)).toBe(false);
  });
});

describe('a date after an infinitive told in the past', () => {
  it('takes the coming day when it is close', () => {
    expect(pairs('A judge ordered the witness to appear before the panel on Nov. 2.', '2024-10-20')).toEqual([['Nov. 2', '2024-11-02']]);
  });

  it('still takes the past one when the coming one is far', () => {
    expect(pairs('The club voted to reopen the pool in June.', '2024-10-20')).toEqual([['June', '2024-06']]);
  });

  it('keeps the past after a decision to act, unless the decision is in the present perfect', () => {
    expect(pairs('The club decided to reopen the pool on Nov. 2.', '2024-10-20')).toEqual([['Nov. 2', '2023-11-02']]);
    expect(pairs('The club has decided to reopen the pool on Nov. 2.', '2024-10-20')).toEqual([['Nov. 2', '2024-11-02']]);
  });

  it('keeps a plain past sentence in the past', () => {
    expect(pairs('The witness appeared before the panel on Nov. 2.', '2024-10-20')).toEqual([['Nov. 2', '2023-11-02']]);
  });
});
