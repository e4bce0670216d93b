import { describe, expect, it } from 'vitest';
import { inFutureInPresentClause } from '../../../src/facts/dates/temporal-clause.js';
import { pairs } from './helpers.js';

const words = (s: string) => s.split(' ').map((text) => ({ text }));

describe('inFutureInPresentClause', () => {
  it('finds a when/if clause before the auxiliary', () => {
    const w = words('the loan is repaid when the bridge is reopened');
    expect(inFutureInPresentClause(w, w.findIndex((x, i) => x.text === 'is' && i > 4))).toBe(true);
  });

  it('stops at punctuation and at the start of a plain clause', () => {
    expect(inFutureInPresentClause(words('when it rained , the road is closed'), 6)).toBe(false);
    expect(inFutureInPresentClause(words('a flag is raised'), 2)).toBe(false);
  });
});

describe('present passive in a when/if clause', () => {
  it('reads a yearless month as the coming one', () => {
    expect(pairs('The tenants will stay put when the appeal is heard in March.', '2024-10-02')).toEqual([['March', '2025-03']]);
    expect(pairs('The builder must pay a fine if the tower is finished in August.', '2024-10-02')).toEqual([['August', '2025-08']]);
  });

  it('keeps a caption-style present passive in the past', () => {
    expect(pairs('A wreath is laid at the memorial in August.', '2024-10-02')).toEqual([['August', '2024-08']]);
  });
});
