/**
 * Is a date mention told as past or future? News defaults to the past, so
 * what matters is the verb nearest the mention in its sentence: first looking
 * back (the verb usually governs a date after it: "said Tuesday", "will be held
 * on Friday"), then ahead ("On Friday, officials will ..."). Passive
 * participles take the tense of their auxiliary: "is scheduled for" is
 * future, "was delayed" is past.
 */
import type { TextDocument } from '../text/document.js';
import { sentenceIndexAt } from '../text/document.js';

export type Tense = 'past' | 'future' | 'unknown';

const FUTURE_WORDS = new Set([
  'will', 'shall', 'scheduled', 'slated', 'planned', 'planning', 'expected', 'expects', 'expect', 'hoping', 'aiming',
  'poised', 'upcoming', 'coming', 'next', 'rescheduled', 'deadline', 'pending', 'awaiting',
]);
/** Future only as "X to" ("plans to sign"): alone they are often nouns ("its plans", "set"). */
const FUTURE_BEFORE_TO = new Set(['likely', 'plans', 'plan', 'hopes', 'hope', 'aims', 'aim', 'intends', 'intend', 'going', 'set', 'due', 'wants', 'want']);
/** Weak cues: trusted only before the mention ("would" is often conditional). */
const WEAK_FUTURE_WORDS = new Set(['would']);

/** Present-tense verbs that, in news, announce a schedule ("travels to Kenya on Sunday"). */
const SCHEDULE_PRESENT_WORDS = new Set([
  'is', 'are', 're', 'gets', 'travels', 'heads', 'arrives', 'visits', 'meets', 'begins', 'starts', 'opens', 'closes', 'ends',
  'lands', 'leaves', 'flies', 'returns', 'departs', 'resumes', 'hosts', 'convenes', 'launches', 'expires', 'runs',
  'takes', 'goes', 'gets', 'faces', 'plays', 'play', 'travel', 'meet', 'begin', 'host', 'resume',
  'kicks', 'airs', 'premieres', 'debuts',
]);

const PAST_WORDS = new Set([
  'said', 'told', 'was', 'were', 'had', 'did', 'made', 'took', 'came', 'went', 'gave', 'got', 'saw', 'met', 'left',
  'began', 'spoke', 'wrote', 'sent', 'broke', 'rose', 'fell', 'held', 'won', 'lost', 'found', 'led', 'brought',
  'bought', 'thought', 'felt', 'kept', 'ran', 'struck', 'shot', 'fled', 'fought', 'caught', 'taught', 'sold', 'paid',
  'built', 'drew', 'grew', 'knew', 'threw', 'flew', 'became', 'stood', 'sat', 'heard', 'meant', 'sought', 'swore',
  'tore', 'spent', 'dealt', 'hung', 'laid', 'stole', 'swept', 'withdrew', 'overthrew', 'undertook', 'arose', 'forgot',
  'froze', 'shook', 'sank', 'ate', 'fed', 'upheld', 'wept', 'ago', 'since', 'previously', 'earlier', 'recently',
  'formerly', 'been', 'slid', 'woke', 'wore', 'chose', 'drove', 'rode', 'hid', 'bit', 'lit', 'sped', 'spun', 'stuck',
]);

/** Words ending in -ed that are not past-tense verbs. */
const NOT_PAST_ED = new Set([
  'need', 'speed', 'seed', 'feed', 'indeed', 'bed', 'red', 'shed', 'hundred', 'embed', 'proceed', 'exceed', 'succeed',
  'breed', 'greed', 'creed', 'weed', 'deed', 'bleed', 'naked', 'sacred', 'wicked', 'kindred', 'hatred', 'ted', 'ned',
]);

// "will be held", "to be announced". Not "is"/"are": captions describe the past in the present ("a flag is raised").
const PASSIVE_FUTURE_AUX = new Set(['be']);
const ADVERBS = new Set(['not', 'also', 'still', 'already', 'just', 'now', 'then', 'being', 'officially', 'formally', 'initially', 'originally']);

const LOOK_BACK_WORDS = 14;
/**
 * Present-tense verbs only count this close to the mention: a schedule verb
 * governs a nearby date ("opens to the public on Friday"), "is"/"are" only an
 * adjacent one ("the vote is on Tuesday").
 */
const SCHEDULE_PRESENT_REACH = 7;
const COPULA_REACH = 3;
const COPULAS = new Set(['is', 'are', 're']);
const LOOK_AHEAD_WORDS = 10;

interface Word {
  text: string;
  start: number;
}

/** The tense word i signals, or null; `before` says whether it precedes the mention. */
function classify(words: readonly Word[], i: number, before: boolean, distance: number): Tense | null {
  const w = words[i]!.text;
  if (FUTURE_WORDS.has(w)) return 'future';
  if (FUTURE_BEFORE_TO.has(w)) {
    const next = words[i + 1]?.text;
    if (next === 'to' || (next === 'for' && (w === 'set' || w === 'due'))) return 'future';
    if (w === 'set' || w === 'due' || w === 'going' || w === 'likely') return null;
  }
  if (before && WEAK_FUTURE_WORDS.has(w)) return 'future';
  const past = PAST_WORDS.has(w) || (w.length > 4 && w.endsWith('ed') && !NOT_PAST_ED.has(w));
  if (past) {
    // The auxiliary right before the participle (an adverb may sit between: "was not delayed").
    let j = i - 1;
    if (j >= 0 && ADVERBS.has(words[j]!.text)) j--;
    const aux = j >= 0 ? words[j]!.text : '';
    if (PASSIVE_FUTURE_AUX.has(aux)) return 'future';
    return 'past';
  }
  if (before && SCHEDULE_PRESENT_WORDS.has(w) && distance <= (COPULAS.has(w) ? COPULA_REACH : SCHEDULE_PRESENT_REACH)) {
    return 'future';
  }
  return null;
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
    for (let i = first - 1; i >= Math.max(0, first - LOOK_BACK_WORDS); i--) {
      const t = classify(words, i, true, first - i);
      if (t) return t;
    }
    for (let i = after; i < Math.min(words.length, after + LOOK_AHEAD_WORDS); i++) {
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
      const re = /\p{L}+(?:['’]\p{L}+)?/gu;
      const text = this.doc.text.slice(span.start, span.end);
      for (let m = re.exec(text); m; m = re.exec(text)) words.push({ text: baseWord(m[0]), start: span.start + m.index });
      this.words.set(index, words);
    }
    return words;
  }
}
