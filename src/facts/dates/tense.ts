/**
 * Is a date mention told as past or future? News defaults to the past, so
 * what matters is the verb that governs the mention. Two passes:
 *
 *   1. the mention's own clause (bounded by punctuation and by clause words
 *      such as "and", "which", "that"): first back, then ahead. "Sales fell,
 *      and on Friday the board will vote" is future although "fell" is nearer.
 *   2. if the clause has no cue, the sentence around it, as before: back
 *      (the verb usually governs a date after it: "said Tuesday"), then ahead.
 *
 * Passive participles take the tense of their auxiliary: "is scheduled for"
 * is future, "was delayed" is past. A plan named without a present or future
 * auxiliary ("tariffs planned for Oct. 15", "was expected in December") says
 * only that the day was scheduled: it may have passed already, so it reads as
 * 'scheduled' (resolution takes the nearest occurrence, leaning ahead).
 */
import type { TextDocument } from '../text/document.js';
import { sentenceIndexAt } from '../text/document.js';
import { inFutureInPresentClause } from './temporal-clause.js';
import { FRONTED_LOOK_AHEAD_WORDS, opensSentence } from './fronted.js';
import { datesItsInfinitive, opensInfinitive } from './infinitive.js';
import { isPresentProgressive } from './progressive.js';

export type Tense = 'past' | 'future' | 'scheduled' | 'unknown';

const FUTURE_WORDS = new Set([
  'will', 'shall', 'expects', 'expect', 'poised', 'upcoming', 'coming', 'next', 'deadline', 'pending', 'awaiting',
]);
/** Plans: future with a present/future auxiliary or none before "to"; otherwise only 'scheduled'. */
const PLAN_PARTICIPLES = new Set([
  'scheduled', 'slated', 'planned', 'expected', 'rescheduled', 'planning', 'expecting', 'hoping', 'aiming',
]);
/** Future only as "X to" ("plans to sign"): alone they are often nouns ("its plans", "set"). */
const FUTURE_BEFORE_TO = new Set(['likely', 'plans', 'plan', 'hopes', 'hope', 'aims', 'aim', 'intends', 'intend', 'going', 'set', 'due', 'wants', 'want']);
/**
 * An agreement "to" do something: the date may belong to the deed still ahead
 * ("agreed to buy the line in February"), so only 'scheduled'. Not "decided
 * to": in news the date of a decision is far more often the decision's own
 * ("decided to reopen the case in May", told in November).
 */
const INTENT_BEFORE_TO = new Set(['agreed', 'agreement']);
/** Weak cues: trusted only before the mention ("would" is often conditional; "must" is an obligation still ahead). */
const WEAK_FUTURE_WORDS = new Set(['would', 'must']);

/** Present-tense verbs that, in news, announce a schedule ("travels to Kenya on Sunday"). */
const SCHEDULE_PRESENT_WORDS = new Set([
  'is', 'are', 're', 'gets', 'travels', 'heads', 'arrives', 'visits', 'meets', 'begins', 'starts', 'opens', 'closes', 'ends',
  'lands', 'leaves', 'flies', 'returns', 'departs', 'resumes', 'hosts', 'convenes', 'launches', 'expires', 'runs',
  'takes', 'goes', 'faces', 'plays', 'play', 'travel', 'meet', 'begin', 'host', 'resume',
  'kicks', 'airs', 'premieres', 'debuts',
]);
/** Present-tense reporting verbs ("Austria says Tuesday"): headline style for what was said, i.e. past. */
const REPORTING_PRESENT_WORDS = new Set([
  'says', 'tells', 'adds', 'notes', 'claims', 'argues', 'insists', 'writes', 'reports', 'announces', 'confirms',
  'warns', 'explains', 'admits', 'suggests', 'reveals', 'shows', 'finds', 'denies', 'accuses', 'urges', 'calls',
]);
/** Words that may stand between a present-tense verb and its date: "kicks off June 9", "runs through Sunday". */
const VERB_PARTICLES = new Set(['off', 'up', 'out', 'back', 'again', 'through', 'until', 'till', 'thru']);
/** -s words that are not verbs however they stand. */
/** Words that end no subject: before an -s word they make it a noun ("the protests", "of tickets"). */
const NOT_SUBJECT_END = new Set([
  'the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'these', 'those', 'of', 'for', 'with', 'by', 'from',
  'to', 'at', 'in', 'on', 'about', 'more', 'many', 'some', 'all', 'two', 'three', 'four', 'five', 'several',
]);
const NOT_VERB_S = new Set(['news', 'series', 'species', 'its', 'his', 'hers', 'ours', 'yours', 'theirs', 'this', 'thus', 'plus', 'minus', 'always', 'sometimes', 'perhaps', 'years', 'months', 'weeks', 'days', 'hours', 'times']);

const PAST_WORDS = new Set([
  'said', 'told', 'was', 'were', 'had', 'did', 'made', 'took', 'came', 'went', 'gave', 'got', 'saw', 'met', 'left',
  'began', 'spoke', 'wrote', 'sent', 'broke', 'rose', 'fell', 'held', 'won', 'lost', 'found', 'led', 'brought',
  'bought', 'thought', 'felt', 'kept', 'ran', 'struck', 'shot', 'fled', 'fought', 'caught', 'taught', 'sold', 'paid',
  'built', 'drew', 'grew', 'knew', 'threw', 'flew', 'became', 'stood', 'sat', 'heard', 'meant', 'sought', 'swore',
  'tore', 'spent', 'dealt', 'hung', 'laid', 'stole', 'swept', 'withdrew', 'overthrew', 'undertook', 'arose', 'forgot',
  'froze', 'shook', 'sank', 'ate', 'fed', 'upheld', 'wept', 'ago', 'since', 'previously', 'earlier', 'recently',
  'formerly', 'been', 'slid', 'woke', 'wore', 'chose', 'drove', 'rode', 'hid', 'bit', 'lit', 'sped', 'spun', 'stuck',
  'once',
]);

/** Words ending in -ed that are not past-tense verbs. */
const NOT_PAST_ED = new Set([
  'need', 'speed', 'seed', 'feed', 'indeed', 'bed', 'red', 'shed', 'hundred', 'embed', 'proceed', 'exceed', 'succeed',
  'breed', 'greed', 'creed', 'weed', 'deed', 'bleed', 'naked', 'sacred', 'wicked', 'kindred', 'hatred', 'ted', 'ned',
  // "preferred shares": in business copy an adjective far more often than a verb.
  'preferred',
]);
/** After these an -ed word is an adjective ("for extended returns", "the injured"), not a finite verb. */
const ADJECTIVE_POSITION = new Set(['the', 'a', 'an', 'for', 'of', 'with', 'its', 'their', 'his', 'her', 'our', 'more', 'most', 'very', 'newly', 'fully']);

// "will be held", "to be announced". Not "is"/"are": captions describe the past in the present ("a flag is raised").
const PASSIVE_FUTURE_AUX = new Set(['be']);
/** Before "be", modals of ability tell what was or was not possible, in the past of the story. */
const PAST_MODALS = new Set(['could']);
const PRESENT_AUX = new Set(['is', 'are', 'am', 're', 'be', 'will', 'remains', 'remain']);
const ADVERBS = new Set(['not', 'also', 'still', 'already', 'just', 'now', 'then', 'being', 'officially', 'formally', 'initially', 'originally', 'tentatively', 'currently', 'widely', 'once']);

/** Tokens that end a clause when reading outwards from a mention. */
const CLAUSE_PUNCTUATION = new Set([',', ';', ':', '—', '–', '(', ')', '[', ']']);
const CLAUSE_WORDS = new Set(['and', 'but', 'which', 'who', 'whose', 'that', 'while', 'whereas', 'although', 'though', 'because', 'where']);

const LOOK_BACK_WORDS = 14;
/**
 * Present-tense verbs only count this close to the mention: a schedule verb
 * governs a nearby date ("opens to the public on Friday"), "is"/"are" only an
 * adjacent one ("the vote is on Tuesday").
 */
const SCHEDULE_PRESENT_REACH = 7;
const COPULA_REACH = 3;
const COPULAS = new Set(['is', 'are', 're']);
/** What may stand between a copula and its date: "is on Tuesday", "are due in May", "is not until June". */
const COPULA_GAP = new Set(['on', 'in', 'at', 'for', 'until', 'till', 'by', 'from', 'due', 'set', 'not', 'also', 'still', 'now', 'slated', 'scheduled']);
/** Longest reach, in words, of the own-clause pass (real clauses are far shorter). */
const CLAUSE_REACH_WORDS = 40;
const LOOK_AHEAD_WORDS = 10;

interface Word {
  text: string;
  start: number;
  /** Written with a capital (a name where lower case would be a verb: "to Chicago"). */
  proper: boolean;
}

const isBoundary = (w: string): boolean => CLAUSE_PUNCTUATION.has(w) || CLAUSE_WORDS.has(w);

/** The word before the auxiliary of i ("could" in "could not be reached"), skipping adverbs on either side. */
function wordBeforeAuxiliary(words: readonly Word[], i: number): string {
  let j = i - 1;
  if (j >= 0 && ADVERBS.has(words[j]!.text)) j--;
  j--;
  while (j >= 0 && ADVERBS.has(words[j]!.text)) j--;
  return j >= 0 ? words[j]!.text : '';
}

/** The word before i, skipping one adverb ("was not delayed"); '' at the start. */
function auxiliaryBefore(words: readonly Word[], i: number): string {
  const j = auxiliaryIndex(words, i);
  return j >= 0 ? words[j]!.text : '';
}

/** The index of the word before i, skipping one adverb; -1 at the start. */
function auxiliaryIndex(words: readonly Word[], i: number): number {
  let j = i - 1;
  if (j >= 0 && ADVERBS.has(words[j]!.text)) j--;
  return j;
}

/** The tense word i signals, or null; `before` says whether it precedes the mention. */
function classify(words: readonly Word[], i: number, before: boolean, distance: number): Tense | null {
  const w = words[i]!.text;
  // "next to the embassy" is a place, not a time ahead.
  if (w === 'next' && words[i + 1]?.text === 'to') return null;
  // "met the Tuesday deadline", "missed the June deadline": a deadline named after the day says nothing of its tense.
  if (w === 'deadline' && !before) return null;
  if (FUTURE_WORDS.has(w)) return 'future';
  if (PLAN_PARTICIPLES.has(w)) {
    const aux = auxiliaryBefore(words, i);
    if (PRESENT_AUX.has(aux)) return 'future';
    // "plans expected to close in May": the infinitive looks ahead from today.
    if (words[i + 1]?.text === 'to' && !PAST_WORDS.has(aux)) return 'future';
    return 'scheduled';
  }
  if (INTENT_BEFORE_TO.has(w) && words[i + 1]?.text === 'to') return 'scheduled';
  // "is calling the bonds on Dec. 7": an arrangement (progressive.ts).
  if (before && distance <= SCHEDULE_PRESENT_REACH && isPresentProgressive(w, auxiliaryBefore(words, i))) return 'scheduled';
  if (FUTURE_BEFORE_TO.has(w)) {
    const next = words[i + 1]?.text;
    if (next === 'to' || (next === 'for' && (w === 'set' || w === 'due'))) {
      return PAST_WORDS.has(auxiliaryBefore(words, i)) ? 'scheduled' : 'future';
    }
    if (w === 'set' || w === 'due' || w === 'going' || w === 'likely') return null;
  }
  // "must have left by Monday" looks back.
  if (before && WEAK_FUTURE_WORDS.has(w) && words[i + 1]?.text !== 'have') return 'future';
  if (REPORTING_PRESENT_WORDS.has(w)) return 'past';
  const past = PAST_WORDS.has(w) || (w.length > 4 && w.endsWith('ed') && !NOT_PAST_ED.has(w));
  if (past) {
    const aux = auxiliaryBefore(words, i);
    // "will be held" looks ahead; "could not be reached", "could be located" tell what was tried.
    if (PASSIVE_FUTURE_AUX.has(aux)) return PAST_MODALS.has(wordBeforeAuxiliary(words, i)) ? 'past' : 'future';
    // "when the case is heard in May": the present of a when/if clause is its future.
    if (COPULAS.has(aux) && inFutureInPresentClause(words, auxiliaryIndex(words, i))) return 'future';
    if (!PAST_WORDS.has(w) && ADJECTIVE_POSITION.has(aux)) return null;
    return 'past';
  }
  if (before && SCHEDULE_PRESENT_WORDS.has(w) && distance <= (COPULAS.has(w) ? COPULA_REACH : SCHEDULE_PRESENT_REACH)) {
    // "the vote is on Tuesday", not "the reason is the improved September figures".
    if (COPULAS.has(w) && !words.slice(i + 1, i + distance).every((x) => COPULA_GAP.has(x.text))) return null;
    return 'future';
  }
  return null;
}

/**
 * "the tour concludes October 10", "the schedule picks up Feb. 7": an -s word
 * right before the mention (only particles between) is a present-tense verb,
 * which in news announces a schedule. Nouns rarely take a date without a
 * preposition ("talks on Monday"), so "on"/"in" are not allowed between.
 */
function presentVerbBefore(words: readonly Word[], first: number, clauseStart: number): boolean {
  let i = first - 1;
  while (i >= clauseStart && VERB_PARTICLES.has(words[i]!.text)) i--;
  if (i < clauseStart) return false;
  const w = words[i]!.text;
  if (w.length < 4 || !w.endsWith('s') || /(?:ss|us|is|ous)$/.test(w) || NOT_VERB_S.has(w)) return false;
  // A verb has a subject before it ("the tour concludes", "which kicks off"); a noun has a determiner or preposition.
  const previous = words[i - 1]?.text;
  if (previous === undefined) return false;
  if (CLAUSE_WORDS.has(previous)) return true;
  return i - 1 >= clauseStart && !NOT_SUBJECT_END.has(previous);
}

/** Lower case, contractions reduced to the word that carries tense ("won't" → will, "they'll" → will). */
function baseWord(token: string): string {
  const w = token.toLowerCase().replace(/’/g, "'");
  if (w === "won't" || w.endsWith("'ll")) return 'will';
  if (w.endsWith("n't")) return w.slice(0, -3);
  const apostrophe = w.indexOf("'");
  return apostrophe < 0 ? w : w.slice(0, apostrophe);
}

/** Index of the first word starting at or after `offset` (words.length if none). Binary search: one long sentence full of dates stays linear. */
function firstWordFrom(words: readonly Word[], offset: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Tense context for each sentence is computed lazily and kept for the call. */
export class TenseReader {
  private readonly words = new Map<number, Word[]>();

  constructor(private readonly doc: TextDocument) {}

  tenseAt(start: number, end: number): Tense {
    const s = sentenceIndexAt(this.doc, start);
    if (s < 0) return 'unknown';
    const words = this.sentenceWords(s);
    const first = firstWordFrom(words, start);
    const after = firstWordFrom(words, end);
    return this.ownClauseTense(words, first, after) ?? this.sentenceTense(words, first, after);
  }

  /** Pass 1: the clause the mention stands in. */
  private ownClauseTense(words: readonly Word[], first: number, after: number): Tense | null {
    // A clause is read at most CLAUSE_REACH_WORDS each way: unbounded, a run-on
    // "sentence" of thousands of dates rescans itself per date (quadratic).
    let clauseStart = first;
    let infinitive = false;
    for (let i = first - 1; i >= Math.max(0, first - CLAUSE_REACH_WORDS) && !CLAUSE_PUNCTUATION.has(words[i]!.text); i--) {
      const t = classify(words, i, true, first - i);
      // "ordered him to appear on Dec. 3": the past verb dates the order, not the deed (infinitive.ts).
      if (t) return t === 'past' && infinitive && !datesItsInfinitive(words, i) ? 'unknown' : t;
      if (opensInfinitive(words, i)) infinitive = true;
      if (CLAUSE_WORDS.has(words[i]!.text)) break;
      clauseStart = i;
    }
    if (presentVerbBefore(words, first, clauseStart)) return 'future';
    for (let i = after; i < Math.min(words.length, after + CLAUSE_REACH_WORDS) && !isBoundary(words[i]!.text); i++) {
      const t = classify(words, i, false, i - after + 1);
      if (t) return t;
    }
    return null;
  }

  /** Pass 2: the sentence around the mention, nearest cue first (back, then ahead). */
  private sentenceTense(words: readonly Word[], first: number, after: number): Tense {
    let infinitive = false;
    for (let i = first - 1; i >= Math.max(0, first - LOOK_BACK_WORDS); i--) {
      const t = classify(words, i, true, first - i);
      if (t) return t === 'past' && infinitive && !datesItsInfinitive(words, i) ? 'unknown' : t;
      if (opensInfinitive(words, i)) infinitive = true;
    }
    const reach = opensSentence(words, first) ? FRONTED_LOOK_AHEAD_WORDS : LOOK_AHEAD_WORDS;
    for (let i = after; i < Math.min(words.length, after + reach); i++) {
      const t = classify(words, i, false, i - after + 1);
      if (t) return t;
    }
    return 'unknown';
  }

  private sentenceWords(index: number): Word[] {
    let words = this.words.get(index);
    if (!words) {
      const span = this.doc.sentences[index]!;
      words = [];
      const re = /\p{L}+(?:['’]\p{L}+)?|[,;:—–()[\]]/gu;
      const text = this.doc.text.slice(span.start, span.end);
      for (let m = re.exec(text); m; m = re.exec(text)) words.push({ text: baseWord(m[0]), start: span.start + m.index, proper: /^\p{Lu}/u.test(m[0]) });
      this.words.set(index, words);
    }
    return words;
  }
}
