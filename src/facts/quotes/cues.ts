/**
 * Attribution cues: the speech verb (or "according to") that ties a quote to
 * a speaker, looked for after the quote, before it, or later/earlier in the
 * same sentence. Each rule returns where the speaker is to be read from.
 */
import { SPEECH_VERBS, VERB_FILLERS } from './lexicon.js';
import { backwardPhrase, findComma, forwardPhrase, skipFillersBackward, type Phrase } from './phrases.js';
import { tokenize, type Token } from './tokens.js';

export interface CueMatch {
  /** The cue as written ("said", "was quoted as saying", "according to"). */
  cue: string;
  /** Token index of the cue's first word (after auxiliaries) and the index after it. */
  first: number;
  next: number;
  /** "according to X": the speaker follows the cue. */
  according: boolean;
  /** "saying", "stating": the speaker is the clause's subject. */
  participle: boolean;
}

/** Where a quote's speaker is to be read from. */
export type SpeakerSource =
  | { type: 'phrase'; phrase: Phrase }
  /** The subject of the reporter's sentence running from `from` to `to`. */
  | { type: 'subject'; from: number; to: number };

export interface Attribution {
  cue: string;
  source: SpeakerSource;
  /** The cue touches the quote ("…,” she said" / "She said: “…"). */
  adjacent: boolean;
  /** Offset of the cue (pronouns resolve to what comes before it). */
  at: number;
}

const MAX_PARENTHETICAL_TOKENS = 6;
const QUOTED_AS = new Set(['saying', 'telling', 'writing', 'adding']);
const PASSIVE_AUX = new Set(['was', 'is', 'were', 'are', 'been']);
const NAMING_VERBS = new Set(['called', 'dubbed', 'described', 'labeled', 'labelled', 'branded', 'nicknamed']);

function isLowerWord(t: Token | undefined, words: Set<string>): boolean {
  return t !== undefined && t.word && !t.capitalized && words.has(t.lower);
}

/** The speech cue at token k, after optional auxiliaries/adverbs ("has also said"). */
export function matchCueAt(tokens: readonly Token[], k: number, text: string): CueMatch | null {
  let j = k;
  while (j < k + 3 && isLowerWord(tokens[j], VERB_FILLERS)) j++;
  const t = tokens[j];
  if (!t || !t.word) return null;
  if (t.lower === 'quoted' && tokens[j + 1]?.lower === 'as' && QUOTED_AS.has(tokens[j + 2]?.lower ?? '')) {
    const from = j > k && PASSIVE_AUX.has(tokens[j - 1]!.lower) ? j - 1 : j;
    return { cue: text.slice(tokens[from]!.start, tokens[j + 2]!.end), first: j, next: j + 3, according: false, participle: false };
  }
  if (t.lower === 'according' && tokens[j + 1]?.lower === 'to') {
    return { cue: text.slice(t.start, tokens[j + 1]!.end), first: j, next: j + 2, according: true, participle: false };
  }
  if (!t.capitalized && SPEECH_VERBS.has(t.lower)) {
    return { cue: t.text, first: j, next: j + 1, according: false, participle: t.lower.endsWith('ing') };
  }
  return null;
}

/** A cue in tokens[from, to): the first (direction 1) or last (direction -1). */
function scanForCue(tokens: readonly Token[], from: number, to: number, direction: 1 | -1, text: string): CueMatch | null {
  for (let k = direction === 1 ? from : to - 1; direction === 1 ? k < to : k >= from; k += direction) {
    const t = tokens[k]!;
    if (!t.word || t.capitalized) continue;
    if (!SPEECH_VERBS.has(t.lower) && t.lower !== 'according' && t.lower !== 'quoted') continue;
    if (isAdjectiveUse(tokens, k)) continue;
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

const ARTICLES = new Set(['a', 'an', 'the', 'this', 'that', 'its', 'his', 'her', 'their', 'our']);

/** Who a cue at `cue` points to, reading the phrase before it (or after "according to"). */
function speakerOfCue(
  tokens: readonly Token[],
  cue: CueMatch,
  text: string,
  sentence: { from: number; to: number },
): SpeakerSource | null {
  if (cue.according) {
    const phrase = forwardPhrase(tokens, cue.next, text);
    return phrase ? { type: 'phrase', phrase } : null;
  }
  let before = skipFillersBackward(tokens, cue.first);
  // "it has been dubbed “…”": the subject is what is named, not who speaks.
  if (NAMING_VERBS.has(tokens[cue.first]!.lower) && tokens.slice(before, cue.first).some((t) => PASSIVE_AUX.has(t.lower) || t.lower === 'be')) {
    return null;
  }
  // "the Port Authority (PA) said": step over a parenthetical acronym.
  if (tokens[before - 1]?.text === ')') {
    let open = before - 2;
    while (open >= 0 && before - open <= MAX_PARENTHETICAL_TOKENS && tokens[open]!.text !== '(') open--;
    if (open >= 0 && tokens[open]!.text === '(') before = open;
  }
  // "Jane Doe, who runs the group, said": the clause's subject.
  if (tokens[before - 1]?.text === ',') return { type: 'subject', ...sentence };
  const phrase = backwardPhrase(tokens, before, text);
  if (phrase) return { type: 'phrase', phrase };
  return cue.participle ? { type: 'subject', ...sentence } : null;
}

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
  // Inverted: "said Jane Doe".
  const inverted = matchCueAt(tokens, i, text);
  if (inverted && inverted.first === i) {
    const phrase = forwardPhrase(tokens, inverted.next, text);
    if (phrase && phrase.kind !== 'pronoun') {
      return { cue: inverted.cue, source: { type: 'phrase', phrase }, adjacent: true, at: tokens[inverted.first]!.start };
    }
    if (inverted.according) return null;
  }
  // Subject first: "Jane Doe said", "Doe, a lawyer, said", "she said".
  const phrase = forwardPhrase(tokens, i, text);
  if (phrase) {
    let j = phrase.next;
    if (tokens[j]?.text === ',') {
      const comma = findComma(tokens, j + 1, 25);
      j = comma < 0 ? -1 : comma + 1;
    }
    const cue = j >= 0 ? matchCueAt(tokens, j, text) : null;
    if (cue && !cue.according) {
      return { cue: cue.cue, source: { type: 'phrase', phrase }, adjacent: true, at: tokens[cue.first]!.start };
    }
  }
  // Later in the sentence: "…” in that law, Doe said."
  const later = scanForCue(tokens, i, tokens.length, 1, text);
  if (!later) return null;
  const source = speakerOfCue(tokens, later, text, { from: sentenceStart, to: tokens[later.first]!.start });
  if (!source) return null;
  return { cue: later.cue, source, adjacent: false, at: tokens[later.first]!.start };
}

/**
 * findCueBefore: "She added, “…", "He said: “…", "Doe said the law does not
 * allow people to “…", "…, saying in a statement that it “…", "According to
 * the report, “…".
 */
export function findCueBefore(text: string, from: number, to: number): Attribution | null {
  const tokens = tokenize(text, from, to);
  const lastText = tokens[tokens.length - 1]?.text ?? '';
  // The nearest cue with a readable speaker; a cue without one lets an earlier cue speak.
  for (let end = tokens.length; end > 0; ) {
    const cue = scanForCue(tokens, 0, end, -1, text);
    if (!cue) return null;
    const trailing = tokens.length - cue.next;
    const adjacent = trailing === 0 || (trailing <= 5 && (lastText === ':' || lastText === ','));
    const source = speakerOfCue(tokens, cue, text, { from, to: tokens[cue.first]!.start });
    if (source) return { cue: cue.cue, source, adjacent, at: tokens[cue.first]!.start };
    end = cue.first;
  }
  return null;
}

/** hasAdjacentCue: a cue touching the quote on either side (keeps short quotes that are speech). */
export function hasAdjacentCue(text: string, open: number, close: number, radius: number): boolean {
  const after = findCueAfter(text, close + 1, Math.min(text.length, close + 1 + radius), open);
  if (after?.adjacent) return true;
  return findCueBefore(text, Math.max(0, open - radius), open)?.adjacent ?? false;
}
