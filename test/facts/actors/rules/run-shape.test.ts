import { describe, expect, it } from 'vitest';
import { isShoutedPhrase, trimPositionalCapitals, trimTrailingTitles } from '../../../../src/facts/actors/rules/run-shape.js';
import { names, runNamed, runsOf } from '../helpers.js';

describe('trimPositionalCapitals', () => {
  it('drops sentence-initial common words', () => {
    const { ctx, rawRuns } = runsOf('During Talks the rain fell.');
    expect(trimPositionalCapitals(runNamed(rawRuns, 'During Talks'), ctx)?.text).toBe('Talks');
  });
  it('keeps a known whole name at a sentence start', () => {
    const { ctx, rawRuns } = runsOf('United Nations envoys left.');
    const run = runNamed(rawRuns, 'United Nations');
    expect(trimPositionalCapitals(run, ctx)).toBe(run);
  });
});

describe('trimTrailingTitles', () => {
  it('drops a trailing title but keeps one inside a complement', () => {
    expect(names('A bill passed the Veltrian House of Delegates Speaker on Monday, officials said.')).toContain('Veltrian House of Delegates');
    expect(names('The case went to the International Court of Justice on Monday.')).toContain('International Court of Justice');
  });
  it('trims a long run of trailing titles in one cut', () => {
    const { ctx, rawRuns } = runsOf(`Officials met the Acme Board ${'General '.repeat(2000)}on Monday.`);
    const run = rawRuns.find((r) => r.text.startsWith('Acme'))!;
    expect(run.tokens).toHaveLength(2002);
    expect(trimTrailingTitles(run, ctx)!.text).toBe('Acme Board');
  });
});

describe('isShoutedPhrase', () => {
  it('knows several words in capitals, not one acronym or a name', () => {
    const { rawRuns } = runsOf('Crews from PORT ELLIS and the WTA met Halvor Brandt.');
    expect(isShoutedPhrase(runNamed(rawRuns, 'PORT ELLIS'))).toBe(true);
    expect(isShoutedPhrase(runNamed(rawRuns, 'WTA'))).toBe(false);
    expect(isShoutedPhrase(runNamed(rawRuns, 'Halvor Brandt'))).toBe(false);
  });
  it('ignores several words in capitals', () => {
    expect(names('PORT ELLIS — Crews worked late. PRICES WILL DROP SOON, the sign read.')).toEqual([]);
  });
});
