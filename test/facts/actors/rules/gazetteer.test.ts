import { describe, expect, it } from 'vitest';
import { capitalCountry, countryNamed, demonymCountry } from '../../../../src/facts/actors/rules/gazetteer.js';
import { runsOf } from '../helpers.js';

describe('gazetteer memo', () => {
  it('answers like the gazetteer and remembers each answer, misses too', () => {
    const { ctx } = runsOf('A short text.');
    expect(countryNamed(ctx, 'Peru')?.name).toBe('Peru');
    expect(demonymCountry(ctx, 'Peruvian')?.name).toBe('Peru');
    expect(capitalCountry(ctx, 'Lima')?.name).toBe('Peru');
    expect(countryNamed(ctx, 'Brinmoor')).toBeNull();
    expect(ctx.gazetteer.names.get('Peru')?.name).toBe('Peru');
    expect(ctx.gazetteer.names.has('Brinmoor')).toBe(true);
    expect(ctx.gazetteer.names.get('Brinmoor')).toBeNull();
    expect(ctx.gazetteer.demonyms.has('Peruvian')).toBe(true);
    expect(ctx.gazetteer.capitals.has('Lima')).toBe(true);
  });
  it('gives the remembered answer again', () => {
    const { ctx } = runsOf('A short text.');
    expect(countryNamed(ctx, 'Peru')).toBe(countryNamed(ctx, 'Peru'));
  });
});
