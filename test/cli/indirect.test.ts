// newsfacts extract --indirect: reported speech without quotation marks, only when asked.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const STORY = 'Ferry Strike Ends.\n\nThe ferry union said on Tuesday that its members would return to work at dawn. “It was a long week,” union chief Aino Salo said.\n';

function kinds(args: string[]): string[] {
  const r = run(['extract', '--format', 'ndjson', ...args], { input: STORY });
  expect(r.status).toBe(0);
  return (JSON.parse(r.stdout) as { quotes: { kind: string }[] }).quotes.map((q) => q.kind);
}

describe('newsfacts extract --indirect', () => {
  it('adds the reported statement as an indirect quote with its source and cue', () => {
    const r = run(['extract', '--format', 'ndjson', '--indirect'], { input: STORY });
    const quotes = (JSON.parse(r.stdout) as { quotes: { kind: string; text: string; cue: string; speaker: { name: string } | null }[] }).quotes;
    expect(quotes.find((q) => q.kind === 'indirect')).toMatchObject({ text: 'its members would return to work at dawn', cue: 'said', speaker: { name: 'The ferry union' } });
    expect(kinds(['--indirect'])).toEqual(['indirect', 'direct']);
  });

  it('reports only quoted words without it', () => {
    expect(kinds([])).toEqual(['direct']);
  });
});
