/**
 * A quote signed with a dash: "“We will rebuild.” — Ana Ruiz" / "“…” ―Ana
 * Ruiz, a nurse". Reader letters, vox pops and epigraphs name their speaker
 * so, with no verb at all; the dash is the cue.
 */
import { forwardPhrase } from '../phrases.js';
import type { Token } from '../tokens.js';
import type { Attribution } from './types.js';

/** Dashes that sign a quote (em dash, horizontal bar, en dash; a hyphen is too often a compound's). */
const SIGNING_DASHES = new Set(['—', '―', '–']);

/**
 * dashSignature: tokens after a closing mark that start with a dash and a
 * name, where the name ends the line or is followed by its description after
 * a comma or a parenthesis ("— Ana Ruiz, 34, Tucson"). Only a name signs: "—
 * and that was it" goes on with the reporter's sentence.
 */
export function dashSignature(tokens: readonly Token[], i: number, text: string): Attribution | null {
  const dash = tokens[i];
  if (!dash || dash.word || !SIGNING_DASHES.has(dash.text)) return null;
  const phrase = forwardPhrase(tokens, i + 1, text);
  if (!phrase || phrase.kind !== 'name') return null;
  const after = tokens[phrase.next];
  const endsLine = !after || text.slice(phrase.end, after.start).includes('\n');
  if (!endsLine && !/^[,(.;]$/.test(after.text)) return null;
  return { cue: dash.text, source: { type: 'phrase', phrase }, adjacent: true, at: dash.start };
}
