/** Cues before a quotation: the words that introduce it. */
import { ADJACENT_SPEECH_VERBS } from '../lexicon.js';
import { tokenize, type Token } from '../tokens.js';
import { isLowerWord, matchCueAt, scanForCue } from './match.js';
import { invertedAfterComma, speakerOfCue } from './speaker-of-cue.js';
import { statementOwnerBefore } from './statement-owner.js';
import type { Attribution } from './types.js';

/** Marks that introduce a quote named by the words before them ("Her reply was short: “…”"). */
const INTRODUCING_MARKS = new Set([':', '—', '–']);

/**
 * findCueBefore: "She added, “…", "He said: “…", "Doe said the law does not
 * allow people to “…", "…, saying in a statement that it “…", "According to
 * the report, “…".
 */
export function findCueBefore(text: string, from: number, to: number): Attribution | null {
  const tokens = tokenize(text, from, to);
  const lastText = tokens[tokens.length - 1]?.text ?? '';
  // "Doe agreed: “…": a verb that is speech only when it introduces the quote.
  const introducer = lastText === ':' || lastText === ',' ? tokens.length - 2 : -1;
  if (introducer >= 0 && isLowerWord(tokens[introducer], ADJACENT_SPEECH_VERBS)) {
    const cue = matchCueAt(tokens, introducer, text, true);
    const source = cue ? speakerOfCue(tokens, cue, text, { from, to: tokens[introducer]!.start }) : null;
    if (cue && source) return { cue: cue.cue, source, adjacent: true, at: tokens[introducer]!.start };
  }
  const nearest = nearestCueBefore(tokens, text, from);
  if (nearest?.adjacent || !INTRODUCING_MARKS.has(lastText)) return nearest;
  return statementOwnerBefore(tokens, text) ?? nearest;
}

/** The nearest cue with a readable speaker; a cue without one lets an earlier cue speak. */
function nearestCueBefore(tokens: readonly Token[], text: string, from: number): Attribution | null {
  const lastText = tokens[tokens.length - 1]?.text ?? '';
  for (let end = tokens.length; end > 0; ) {
    const cue = scanForCue(tokens, 0, end, -1, text);
    if (!cue) return null;
    const trailing = tokens.length - cue.next;
    const adjacent = trailing === 0 || (trailing <= 5 && (lastText === ':' || lastText === ','));
    const named = invertedAfterComma(tokens, cue, text, 'quote');
    if (named) return { cue: cue.cue, source: { type: 'phrase', phrase: named }, adjacent, at: tokens[cue.first]!.start };
    const source = speakerOfCue(tokens, cue, text, { from, to: tokens[cue.first]!.start });
    if (source) return { cue: cue.cue, source, adjacent, at: tokens[cue.first]!.start };
    end = cue.first;
  }
  return null;
}
