/**
 * Indirect (reported) speech without quotation marks: "The ministry said that
 * the talks had failed." / "The talks had failed, the ministry said." Off by
 * default (see QuoteContext.includeIndirect): only marked text counts as a
 * quote in the evaluation, so these are extras for downstream users.
 */
import { CLAIM_VERBS } from './lexicon.js';
import type { Quote } from '../../schema.js';
import type { TextDocument } from '../text/document.js';
import { matchCueAt } from './cues/index.js';
import { PASSIVE_AUX } from './cues/match.js';
import type { QuoteCandidate } from './filters.js';
import { backwardPhrase, skipFillersBackward } from './phrases.js';
import { guessFromPhrase, resolvePronounSpeaker, type FocusState, type SpeakerGuess } from './speakers/index.js';
import { tokenize } from './tokens.js';

const MIN_WORDS = 4;
/** Words allowed after a sentence-final cue ("said late Thursday."). */
const MAX_TRAILING_TOKENS = 4;
/** Words allowed between the verb and "that" ("told reporters on Monday that"). */
const MAX_WORDS_BEFORE_THAT = 5;

/**
 * Verbs that make the words after a cue a clause of their own ("says there is
 * a chance that …"): the reported content starts at the cue, not at a later "that".
 */
const CLAUSE_VERBS = new Set([
  'is', 'was', 'are', 'were', 'will', 'would', 'has', 'have', 'had', 'can', 'could', 'may', 'might', 'should',
  'there’s', "there's", 'it’s', "it's", 'that’s', "that's",
]);

/** Auxiliaries before a participle that make the cue passive ("will be announced", "being told"): no source speaks. */
const INDIRECT_PASSIVE_AUX: ReadonlySet<string> = new Set([...PASSIVE_AUX, 'be', 'being', 'get', 'gets', 'got']);
/** "tells so many lies that …", "such a mess that …": a result clause, not what was said. */
const RESULT_DEGREE = new Set(['so', 'such']);

/** Pronouns that, outside quotation marks, are the writer or the reader. */
const WRITER_PRONOUNS = new Set(['i', 'we', 'you']);

type IndirectQuote = Omit<Quote, 'speaker'> & { speaker: SpeakerGuess | null };

export function findIndirectQuotes(doc: TextDocument, marked: readonly QuoteCandidate[], state: FocusState): IndirectQuote[] {
  const found: IndirectQuote[] = [];
  let m = 0;
  for (let s = 0; s < doc.sentences.length; s++) {
    const span = doc.sentences[s]!;
    while (m < marked.length && marked[m]!.close < span.start) m++;
    const overlapsQuote = m < marked.length && marked[m]!.open < span.end;
    if (overlapsQuote) continue;
    const tokens = tokenize(doc.text, span.start, span.end);
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      if (!t.word || t.capitalized || !CLAIM_VERBS.has(t.lower)) continue;
      const cue = matchCueAt(tokens, k, doc.text);
      // "it was noted that …", "we are told that …": a passive names no source.
      if (!cue || INDIRECT_PASSIVE_AUX.has(tokens[cue.first - 1]?.lower ?? '')) continue;
      const speakerPhrase = backwardPhrase(tokens, skipFillersBackward(tokens, cue.first), doc.text);
      let contentStart = -1;
      let contentEnd = -1;
      // "X said (on Monday | to reporters) that CLAUSE."
      let j = cue.next;
      let degree = false;
      while (j < tokens.length && j < cue.next + MAX_WORDS_BEFORE_THAT && tokens[j]!.word && tokens[j]!.lower !== 'that' && !CLAUSE_VERBS.has(tokens[j]!.lower)) {
        if (RESULT_DEGREE.has(tokens[j]!.lower)) degree = true;
        j++;
      }
      if (tokens[j]?.lower === 'that' && speakerPhrase && !degree) {
        contentStart = tokens[j + 1]?.start ?? -1;
        contentEnd = span.end;
      } else if (speakerPhrase && tokens.length - cue.next <= MAX_TRAILING_TOKENS) {
        // "CLAUSE, X said late Thursday." — the clause before the attribution.
        const first = tokens.findIndex((x) => x.start === speakerPhrase.start);
        if (first > 0 && tokens[first - 1]!.text === ',') {
          contentStart = span.start;
          contentEnd = tokens[first - 1]!.start;
        }
      }
      if (contentStart < 0 || !speakerPhrase) continue;
      // "we confirmed that …", "I said that …" outside quotation marks: the writer speaks, no source.
      if (speakerPhrase.kind === 'pronoun' && WRITER_PRONOUNS.has(speakerPhrase.text.toLowerCase())) continue;
      while (contentEnd > contentStart && /[\s.,;:]/.test(doc.text[contentEnd - 1]!)) contentEnd--;
      const text = doc.text.slice(contentStart, contentEnd);
      if ((text.match(/[\p{L}\p{N}]+/gu) ?? []).length < MIN_WORDS) continue;
      // "CLAUSE, he said.": the clause's own subject is what is reported on, not
      // who reports it, so the pronoun resolves from the sentences before.
      const trailing = contentStart === span.start;
      const speaker = speakerPhrase.kind === 'pronoun'
        ? resolvePronounSpeaker(speakerPhrase.text, s, trailing ? span.start : speakerPhrase.start, state)
        : guessFromPhrase(speakerPhrase, state.index);
      found.push({ text, kind: 'indirect', speaker, cue: cue.cue, start: contentStart, end: contentEnd });
      break;
    }
  }
  return found;
}
