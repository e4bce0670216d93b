/** Cues after a quotation: the tag that follows its closing mark. */
import { FOREIGN_AUXILIARIES } from '../lexicon.js';
import { forwardPhrase, invertedSpeakerPhrase } from '../phrases.js';
import { tokenize } from '../tokens.js';
import { dashSignature } from './dash-signature.js';
import { isLowerWord, matchCueAt, scanForCue } from './match.js';
import { goesOn, invertedAfterComma, reportsClause, speakerOfCue } from './speaker-of-cue.js';
import type { Attribution } from './types.js';

/** How far an appositive after a speaker's name may run before the verb ("Doe, a lawyer at ..., said"). */
const MAX_APPOSITIVE_TOKENS = 30;

/**
 * findCueAfter: "…,” Jane Doe said", "…,” said Jane Doe, a lawyer", "…,” Doe,
 * a lawyer, said", "…,” one of them was quoted as saying", and, not adjacent,
 * "…” in that law, Doe said."
 */
export function findCueAfter(text: string, from: number, to: number, sentenceStart: number): Attribution | null {
  const tokens = tokenize(text, from, to);
  let i = 0;
  while (tokens[i] && !tokens[i]!.word && /[,\s]/.test(tokens[i]!.text)) i++;
  const head = tokens[i];
  if (!head) return null;
  // Signed: "…” — Jane Doe".
  const signed = dashSignature(tokens, i, text);
  if (signed) return signed;
  // Inverted: "said Jane Doe".
  const inverted = matchCueAt(tokens, i, text, true);
  if (inverted && (inverted.first === i || isLowerWord(head, FOREIGN_AUXILIARIES))) {
    const phrase = invertedSpeakerPhrase(tokens, inverted.next, text);
    if (phrase && phrase.kind !== 'pronoun') {
      return { cue: inverted.cue, source: { type: 'phrase', phrase }, adjacent: true, at: tokens[inverted.first]!.start };
    }
    if (inverted.according) return null;
  }
  // Subject first: "Jane Doe said", "Doe, a lawyer, said", "she said".
  const phrase = forwardPhrase(tokens, i, text);
  if (phrase) {
    const j = phrase.next;
    // "Doe, a lawyer at Acme in Lyon, France, said" / "Doe, a lawyer at the firm told":
    // the first cue within the appositive's reach, however many commas it holds.
    const cue = tokens[j]?.text === ',' ? scanForCue(tokens, j + 1, Math.min(tokens.length, j + 1 + MAX_APPOSITIVE_TOKENS), 1, text) : matchCueAt(tokens, j, text, true);
    // "Doe agreed: “…”" / "“….” Doe said, “…”" introduces the next quote, not this one.
    const after = cue ? tokens[cue.next]?.text : undefined;
    // (The character before the closing mark; a doubled apostrophe '' is a mark two wide.)
    const quoteEndedSentence = /[.!?]/.test(text[from - (text.startsWith("''", from - 2) ? 3 : 2)] ?? '');
    const introducesNext = cue !== null && (after === ':' || (after === ',' && cue.next + 1 === tokens.length && quoteEndedSentence));
    if (cue && !cue.according && !introducesNext) {
      return {
        cue: cue.cue, source: { type: 'phrase', phrase }, adjacent: true, at: tokens[cue.first]!.start,
        continues: goesOn(tokens, cue.next), reportsClause: reportsClause(tokens, cue.next),
      };
    }
  }
  // Later in the sentence: "…” in that law, Doe said." / "…” announced in May, said Doe."
  for (let from = i; from < tokens.length; ) {
    const later = scanForCue(tokens, from, tokens.length, 1, text);
    if (!later) return null;
    const at = tokens[later.first]!.start;
    const named = invertedAfterComma(tokens, later, text, 'tag');
    if (named) return { cue: later.cue, source: { type: 'phrase', phrase: named }, adjacent: false, at };
    const source = speakerOfCue(tokens, later, text, { from: sentenceStart, to: at });
    if (source) return { cue: later.cue, source, adjacent: false, at };
    from = later.next;
  }
  return null;
}
