/**
 * Attribution cues: the speech verb (or "according to") that ties a quote to
 * a speaker, looked for after the quote, before it, or later/earlier in the
 * same sentence. Each rule returns where the speaker is to be read from.
 */
import {
  ADJACENT_SPEECH_VERBS, FOREIGN_AUXILIARIES, FOREIGN_SPEECH_VERBS, INVERTING_VERBS, NAMING_VERBS, PRONOUNS, QUOTED_AS_VERBS, RUN_ON_VERBS,
  SPEECH_VERBS, VERB_FILLERS,
} from './lexicon.js';
import { backwardPhrase, describedName, forwardPhrase, invertedSpeakerPhrase, sentenceSubject, skipFillersBackward, type Phrase } from './phrases.js';
import { isPossessive, tokenize, type Token } from './tokens.js';

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
  /**
   * The verb goes on to an object or clause ("Doe added that ...", "Doe
   * accused Acme"): a new statement rather than the tag of the quote before.
   */
  continues?: boolean;
}

/** Words after a speech verb that still end the quote's tag ("Doe said on Monday", "Doe asked again"). */
const TAG_CONTINUATIONS = new Set([
  'on', 'in', 'at', 'to', 'later', 'again', 'before', 'after', 'during', 'when', 'while', 'with', 'from', 'of',
  'about', 'last', 'this', 'then', 'earlier', 'afterward', 'afterwards', 'recently', 'previously', 'via',
  'as', 'yesterday', 'today', 'tonight', 'by', 'over', 'under', 'through', 'simply', 'quietly',
  'me', 'us', 'reporters', 'journalists',
]);

function goesOn(tokens: readonly Token[], next: number): boolean {
  const t = tokens[next];
  if (!t || !t.word || TAG_CONTINUATIONS.has(t.lower) || TIME_WORD.test(t.text)) return false;
  // "Doe said she ...": reported speech of the same speaker still tags the quote.
  return !(RUN_ON_VERBS.has(tokens[next - 1]?.lower ?? '') && PRONOUNS.has(t.lower));
}
const TIME_WORD = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

const MAX_PARENTHETICAL_TOKENS = 6;
/** How far an appositive after a speaker's name may run before the verb ("Doe, a lawyer at ..., said"). */
const MAX_APPOSITIVE_TOKENS = 30;
const PASSIVE_AUX = new Set(['was', 'is', 'were', 'are', 'been']);

function isLowerWord(t: Token | undefined, words: ReadonlySet<string>): boolean {
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
  if (t.lower === 'according' && tokens[j + 1]?.lower === 'to') {
    return { cue: text.slice(t.start, tokens[j + 1]!.end), first: j, next: j + 2, according: true, participle: false };
  }
  if (!t.capitalized && (SPEECH_VERBS.has(t.lower) || (touching && ADJACENT_SPEECH_VERBS.has(t.lower)))) {
    return { cue: t.text, first: j, next: j + 1, according: false, participle: t.lower.endsWith('ing') };
  }
  return null;
}

/** A cue in tokens[from, to): the first (direction 1) or last (direction -1). */
function scanForCue(tokens: readonly Token[], from: number, to: number, direction: 1 | -1, text: string): CueMatch | null {
  for (let k = direction === 1 ? from : to - 1; direction === 1 ? k < to : k >= from; k += direction) {
    const t = tokens[k]!;
    // A capitalized word is no verb, but "According to …" opens sentences.
    if (!t.word || (t.capitalized && t.text !== 'According')) continue;
    if (!SPEECH_VERBS.has(t.lower) && t.lower !== 'according' && t.lower !== 'quoted') continue;
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

const ARTICLES = new Set(['a', 'an', 'the', 'this', 'that', 'its', 'his', 'her', 'their', 'our']);

/** Who a cue at `cue` points to, reading the phrase before it (or after "according to"). */
function speakerOfCue(
  tokens: readonly Token[],
  cue: CueMatch,
  text: string,
  sentence: { from: number; to: number },
): SpeakerSource | null {
  if (cue.according) {
    const phrase = describedName(tokens, forwardPhrase(tokens, cue.next, text), text);
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
  if (!phrase) return cue.participle ? { type: 'subject', ...sentence } : null;
  const first = tokens.findIndex((t) => t.start === phrase.start);
  const opener = tokens[first - 1];
  // "Doe posted to the forum asking ...": a participle speaks for the clause's
  // subject, not for the object before it (but "with the firm saying ..." does).
  if (cue.participle && opener && opener.word && opener.lower !== 'with') return { type: 'subject', ...sentence };
  // "Doe and her team wrote": the named first conjunct speaks.
  if (phrase.kind === 'description' && opener?.lower === 'and') {
    const named = backwardPhrase(tokens, first - 1, text);
    if (named?.kind === 'name') return { type: 'phrase', phrase: named };
  }
  return { type: 'phrase', phrase };
}

/**
 * "…, said Jane Doe, a lawyer": the speaker after a cue inverted behind a
 * comma, when the phrase ends the tag ("Doe, a judge, said the panel had …"
 * goes on with the panel as the said thing's subject).
 */
function invertedAfterComma(tokens: readonly Token[], cue: CueMatch, text: string, ending: 'tag' | 'quote'): Phrase | null {
  if (tokens[cue.first - 1]?.text !== ',' || !INVERTING_VERBS.has(tokens[cue.first]!.lower)) return null;
  const named = invertedSpeakerPhrase(tokens, cue.next, text);
  if (!named || named.kind === 'pronoun' || /['’]s$/.test(named.text)) return null;
  const after = tokens[named.next];
  // Before a quote, a phrase running up to the quote is what the quote is about ("…, said Doe’s “…”").
  if (!after) return ending === 'tag' ? named : null;
  return !after.word || TAG_CONTINUATIONS.has(after.lower) ? named : null;
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
    const quoteEndedSentence = /[.!?]/.test(text[from - 2] ?? '');
    const introducesNext = cue !== null && (after === ':' || (after === ',' && cue.next + 1 === tokens.length && quoteEndedSentence));
    if (cue && !cue.according && !introducesNext) {
      return { cue: cue.cue, source: { type: 'phrase', phrase }, adjacent: true, at: tokens[cue.first]!.start, continues: goesOn(tokens, cue.next) };
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

/** Marks that introduce a quote named by the words before them ("Her reply was short: “…”"). */
const INTRODUCING_MARKS = new Set([':', '—', '–']);
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
function statementOwnerBefore(tokens: readonly Token[], text: string): Attribution | null {
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

/** hasAdjacentCue: a cue touching the quote on either side (keeps short quotes that are speech). */
export function hasAdjacentCue(text: string, open: number, close: number, radius: number): boolean {
  const after = findCueAfter(text, close + 1, Math.min(text.length, close + 1 + radius), open);
  if (after?.adjacent) return true;
  return findCueBefore(text, Math.max(0, open - radius), open)?.adjacent ?? false;
}
