/** A quote introduced by a noun naming a statement ("His reply was short: “…”") belongs to the statement's owner. */
import { backwardPhrase, type Phrase } from '../phrases.js';
import { sentenceSubject } from '../sentence-subject.js';
import { isPossessive, type Token } from '../tokens.js';
import { ARTICLES } from './match.js';
import type { Attribution } from './types.js';

/** Nouns naming what someone said; their owner is the speaker of the quote they introduce. */
const STATEMENT_NOUNS = new Set([
  'reply', 'answer', 'response', 'retort', 'message', 'statement', 'words', 'verdict', 'warning', 'comment',
  'comments', 'reaction', 'advice', 'conclusion', 'explanation', 'assessment', 'ruling', 'plea',
  'appeal', 'demand', 'promise', 'pledge', 'vow', 'slogan', 'motto', 'mantra', 'argument', 'excuse', 'tweet',
  'post', 'remarks', 'testimony', 'instructions', 'order', 'orders', 'prediction', 'diagnosis', 'question',
]);
/** Possessive determiners → the pronoun that resolves their owner ("His reply" → he). */
const POSSESSIVE_PRONOUNS: Record<string, string> = { his: 'he', her: 'she', its: 'it', their: 'they', our: 'we', my: 'i' };
/** Lower-case adjectives allowed between the owner and the noun ("Doe's blunt reply"). */
const MAX_STATEMENT_ADJECTIVES = 2;

/**
 * statementOwnerBefore: "The minister's reply was short: “…”", "His answer
 * came quickly: “…”", "The message from the ministry was clear: “…”": a quote
 * introduced by a colon after a noun naming a statement belongs to that
 * statement's owner (a possessive before the noun, or "of"/"from" after it).
 */
export function statementOwnerBefore(tokens: readonly Token[], text: string): Attribution | null {
  for (let k = 0; k < tokens.length - 1; k++) {
    const noun = tokens[k]!;
    if (!noun.word || !STATEMENT_NOUNS.has(noun.lower)) continue;
    const at = noun.start;
    // Owner before: "Doe's (blunt) reply", "his reply".
    let p = k - 1;
    while (p >= 0 && k - p <= MAX_STATEMENT_ADJECTIVES && tokens[p]!.word && !tokens[p]!.capitalized && !isPossessive(tokens[p]!) && !POSSESSIVE_PRONOUNS[tokens[p]!.lower] && !ARTICLES.has(tokens[p]!.lower)) p--;
    const owner = tokens[p];
    if (owner?.word && POSSESSIVE_PRONOUNS[owner.lower]) {
      const phrase: Phrase = { kind: 'pronoun', text: POSSESSIVE_PRONOUNS[owner.lower]!, start: owner.start, end: owner.end };
      return { cue: noun.text, source: { type: 'phrase', phrase }, adjacent: true, at };
    }
    if (owner && isPossessive(owner)) {
      const phrase = backwardPhrase(tokens, p + 1, text);
      if (phrase) return { cue: noun.text, source: { type: 'phrase', phrase }, adjacent: true, at };
    }
    // Owner after: "the message from the ministry", "the words of the opposition leader, Ivo Petrov,".
    const link = tokens[k + 1];
    if (link?.word && (link.lower === 'of' || link.lower === 'from') && ARTICLES.has(tokens[k - 1]?.lower ?? '')) {
      const phrase = sentenceSubject(tokens.slice(k + 2), text);
      if (phrase && phrase.kind !== 'pronoun') return { cue: noun.text, source: { type: 'phrase', phrase }, adjacent: true, at };
    }
  }
  return null;
}
