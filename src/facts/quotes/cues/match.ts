/**
 * The cue word itself: a speech verb after optional auxiliaries ("has also
 * said"), "according to", "was quoted as saying"; and the scan for one in a
 * stretch of tokens.
 */
import { ADJACENT_SPEECH_VERBS, FOREIGN_AUXILIARIES, FOREIGN_SPEECH_VERBS, QUOTED_AS_VERBS, SPEECH_VERBS, VERB_FILLERS } from '../lexicon.js';
import type { Token } from '../tokens.js';
import type { CueMatch } from './types.js';

export const PASSIVE_AUX = new Set(['was', 'is', 'were', 'are', 'been']);

export function isLowerWord(t: Token | undefined, words: ReadonlySet<string>): boolean {
  return t !== undefined && t.word && !t.capitalized && words.has(t.lower);
}

/**
 * The speech cue at token k, after optional auxiliaries/adverbs ("has also said").
 * `touching`: the cue stands right by the quote, where verbs that are speech
 * only there ("laughed", "agreed", "shouts") count too.
 */
export function matchCueAt(tokens: readonly Token[], k: number, text: string, touching = false): CueMatch | null {
  let j = k;
  while (j < k + 3 && (isLowerWord(tokens[j], VERB_FILLERS) || (isLowerWord(tokens[j], FOREIGN_AUXILIARIES) && isLowerWord(tokens[j + 1], FOREIGN_SPEECH_VERBS)))) j++;
  const t = tokens[j];
  if (!t || !t.word) return null;
  if (t.lower === 'quoted' && tokens[j + 1]?.lower === 'as' && QUOTED_AS_VERBS.has(tokens[j + 2]?.lower ?? '')) {
    const from = j > k && PASSIVE_AUX.has(tokens[j - 1]!.lower) ? j - 1 : j;
    return { cue: text.slice(tokens[from]!.start, tokens[j + 2]!.end), first: j, next: j + 3, according: false, participle: false };
  }
  // "“…,” Doe shot back": a verb and its particle say it only where they touch the quote.
  const particle = PHRASAL_CUES.get(t.lower);
  if (touching && particle !== undefined && !t.capitalized && tokens[j + 1]?.lower === particle) {
    return { cue: text.slice(t.start, tokens[j + 1]!.end), first: j, next: j + 2, according: false, participle: false };
  }
  // "as the memo put it", "Doe put it bluntly:": the idiom is a verb of saying.
  if (t.lower === 'put' && !t.capitalized && tokens[j + 1]?.lower === 'it') {
    return { cue: text.slice(t.start, tokens[j + 1]!.end), first: j, next: j + 2, according: false, participle: false };
  }
  if (t.lower === 'according' && tokens[j + 1]?.lower === 'to') {
    return { cue: text.slice(t.start, tokens[j + 1]!.end), first: j, next: j + 2, according: true, participle: false };
  }
  if (!t.capitalized && (SPEECH_VERBS.has(t.lower) || (touching && ADJACENT_SPEECH_VERBS.has(t.lower)))) {
    return { cue: t.text, first: j, next: j + 1, according: false, participle: t.lower.endsWith('ing') };
  }
  return null;
}

/** Verb forms that, with their particle and touching a quote, attribute it ("shot back", "went on"). */
const PHRASAL_CUES: ReadonlyMap<string, string> = new Map([
  ['shot', 'back'], ['shoots', 'back'], ['fired', 'back'], ['fires', 'back'], ['hit', 'back'], ['hits', 'back'],
  ['pushed', 'back'], ['pushes', 'back'], ['snapped', 'back'], ['went', 'on'], ['goes', 'on'], ['chimed', 'in'], ['chimes', 'in'],
]);

/** A cue in tokens[from, to): the first (direction 1) or last (direction -1). */
export function scanForCue(tokens: readonly Token[], from: number, to: number, direction: 1 | -1, text: string): CueMatch | null {
  for (let k = direction === 1 ? from : to - 1; direction === 1 ? k < to : k >= from; k += direction) {
    const t = tokens[k]!;
    // A capitalized word is no verb, but "According to …" opens sentences.
    if (!t.word || (t.capitalized && t.text !== 'According')) continue;
    if (!SPEECH_VERBS.has(t.lower) && t.lower !== 'according' && t.lower !== 'quoted' && t.lower !== 'put') continue;
    if (isAdjectiveUse(tokens, k) || tokens[k - 1]?.lower === 'to') continue; // "to argue" is no attribution
    const cue = matchCueAt(tokens, k, text);
    if (cue) return cue;
  }
  return null;
}

/** "an emailed statement", "the reported talks": a participle used as an adjective is no cue. */
function isAdjectiveUse(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  return before !== undefined && before.word && (ARTICLES.has(before.lower) || /['’]s$/.test(before.text));
}

export const ARTICLES = new Set(['a', 'an', 'the', 'this', 'that', 'its', 'his', 'her', 'their', 'our']);
