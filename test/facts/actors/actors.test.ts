import { describe, expect, it } from 'vitest';
import { actorsOf, find } from './helpers.js';

describe('extractActors', () => {
  const text = [
    'VILNIUS (AP) — Latvian President Ilze Berzina met Zentrix Corp. executives on Monday, the Latvian Foreign Ministry said.',
    'Berzina said the talks went well. "We are ready," Ms. Berzina told reporters in Riga.',
    'Riga has rejected the offer before, and Latvians remain wary. The Baltic Farmers Association (BFA) backed her; the BFA has 900 members.',
    'Zentrix declined to comment.',
  ].join('\n\n');
  const actors = actorsOf(text);

  it('makes one person per surname with every mention', () => {
    const p = find(actors, 'Ilze Berzina')!;
    expect(p).toMatchObject({ type: 'person', roles: ['President'], affiliation: 'Latvia' });
    expect(p.mentions.map((m) => m.text)).toEqual(['Ilze Berzina', 'Berzina', 'Berzina']);
  });
  it('folds an acting capital into the country and leaves locative capitals out', () => {
    const latvia = find(actors, 'Latvia')!;
    expect(latvia.type).toBe('country');
    expect(latvia.mentions.map((m) => m.text)).toEqual(['Riga']);
    expect(latvia.mentions[0]!.start).toBe(text.indexOf('Riga has'));
  });
  it('merges an acronym with its definition and a company with its short name', () => {
    expect(find(actors, 'Baltic Farmers Association')!.mentions.map((m) => m.text)).toEqual(['Baltic Farmers Association', 'BFA', 'BFA']);
    expect(find(actors, 'Zentrix Corp.')!.mentions.map((m) => m.text)).toEqual(['Zentrix Corp.', 'Zentrix']);
  });
  it('does not emit datelines, demonyms or places', () => {
    const names = actors.map((a) => a.name);
    expect(names).not.toContain('VILNIUS');
    expect(names).not.toContain('Latvians');
    expect(names).not.toContain('Riga');
  });
  it('numbers actors in order of first mention and keeps offsets exact', () => {
    expect(actors.map((a) => a.id)).toEqual(actors.map((_, i) => `a${i + 1}`));
    for (const a of actors) for (const m of a.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    const firsts = actors.map((a) => a.mentions[0]!.start);
    expect([...firsts].sort((x, y) => x - y)).toEqual(firsts);
  });
});
