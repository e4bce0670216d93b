/**
 * A quote introduced by a colon and no speech verb: "Pollster Ana Ruiz: “…”",
 * "More from the report: “…”", "The board was blunt in its findings: “…”",
 * and a paragraph ending in a colon before a paragraph that opens with the
 * quote ("As the minister put it:¶“…”"). The colon is the cue.
 */
import { backwardPhrase } from '../phrases.js';
import { tokenize, type Token } from '../tokens.js';
import type { Attribution } from './types.js';

/** Tokens that may stand before a name that labels a quote ("Pollsters agree - Ana Ruiz:"). */
const LABEL_OPENERS = new Set(['-', '—', '–', 'from', 'From']);

/**
 * colonIntroduction: text [from, colon] is the reporter's clause ending in the
 * colon at `colon`. A name that is the whole clause, or stands after a dash or
 * "from" ("More from Ana Ruiz:"), labels the quote; otherwise the clause's
 * subject introduced it ("The board was blunt: “…”"), but not a listener
 * ("delivered a message to Doe:" is the subject's, not Doe's).
 */
export function colonIntroduction(text: string, from: number, colon: number): Attribution | null {
  if (text[colon] !== ':' || colon <= from) return null;
  const tokens: Token[] = tokenize(text, from, colon);
  if (tokens.length === 0 || !/[\p{L}\p{N}]/u.test(text.slice(from, colon))) return null;
  const phrase = backwardPhrase(tokens, tokens.length, text);
  const first = phrase ? tokens.findIndex((t) => t.start === phrase.start) : -1;
  const opener = tokens[first - 1];
  if (phrase && phrase.kind === 'name' && (first === 0 || (opener && LABEL_OPENERS.has(opener.text)))) {
    return { cue: ':', source: { type: 'phrase', phrase }, adjacent: true, at: colon };
  }
  return { cue: ':', source: { type: 'subject', from, to: colon }, adjacent: true, at: colon };
}
