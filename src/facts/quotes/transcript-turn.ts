/**
 * transcriptTurn: a quoted transcript gives each turn its speaker in capitals
 * before a colon ("“HOST: Where were you that night?", "“LEE: At home.”").
 * That name is who says the quoted words, whatever introduced the transcript
 * ("Partial transcript as follows:" names no one). Only a quote opening its
 * paragraph is a turn (“YES: Fund the library” on a ballot, mid-sentence, is
 * none), and capitalized labels that are no speaker ("VIDEO:", "UPDATE:") do
 * not count. The label is the speaker, not part of what was said: the
 * quote's words start after the colon.
 */
import type { QuoteCandidate } from './filters.js';

/** One to three words in capitals (a surname, or a title and a surname), then a colon. */
const TURN = /^((?:\p{Lu}[\p{Lu}'’.-]+)(?: \p{Lu}[\p{Lu}'’.-]+){0,2}):\s+\S/u;
/** Capitalized labels that open a line without naming a speaker. */
const LABELS = new Set([
  'VIDEO', 'WATCH', 'UPDATE', 'UPDATED', 'PHOTO', 'PHOTOS', 'AUDIO', 'LISTEN', 'READ', 'NOTE', 'EDITOR’S NOTE', "EDITOR'S NOTE",
  'BREAKING', 'CORRECTION', 'CROSSTALK', 'Q', 'A', 'SOURCE', 'SOURCES', 'RELATED', 'ALSO', 'LIVE', 'EXCLUSIVE',
]);

export interface TranscriptTurn {
  /** The speaker's label as written ("HOST", "DR. LEE"). */
  name: string;
  /** Offset in the text where the spoken words begin, after the colon and its space. */
  wordsStart: number;
}

/** `paragraphStart`: the start of the quote's paragraph; a turn opens its paragraph with the mark. */
export function transcriptTurn(text: string, c: QuoteCandidate, paragraphStart: number): TranscriptTurn | null {
  if (/\S/.test(text.slice(paragraphStart, c.open))) return null;
  const match = TURN.exec(text.slice(c.start, Math.min(c.end, c.start + 60)));
  if (!match) return null;
  const name = match[1]!;
  if (LABELS.has(name)) return null;
  // The match ends on the first character of the words (\S), which starts them.
  return { name, wordsStart: c.start + match[0].length - 1 };
}
