/**
 * Noun phrases that can name a speaker, read from tokens: a proper name
 * ("Prime Minister Jane Doe"), a description ("one of the instructors", "the
 * report") or a pronoun. No tagger: capitalization plus small word lists.
 * The sentence subject built on them is in sentence-subject.ts.
 */
import {
  DETERMINERS, PERSON_NOUNS, PHRASE_BREAKERS, PRONOUNS, SPEECH_VERBS, TIME_NOUNS, TITLES, VERB_FILLERS,
  NAME_PARTICLES, NAME_SUFFIXES, ORGANIZATION_WORDS, THING_NOUNS_LIKE_AGENTS,
} from './lexicon.js';
import { isPossessive, type Token } from './tokens.js';

export type PhraseKind = 'name' | 'description' | 'pronoun';

export interface Phrase {
  kind: PhraseKind;
  text: string;
  start: number;
  end: number;
  /**
   * A name with the lower-case role words written before it ("press secretary
   * Jane Doe" for the name "Jane Doe"): the attribution's own span, when it has them.
   */
  withRole?: string;
}

/** A phrase read forward, with the index of the first token after it. */
export interface ForwardPhrase extends Phrase {
  next: number;
}

const NAME_LINKS = new Set(['of', 'for', 'on']);
const BARE_SPEAKER_NOUNS = new Set(['police', 'staff', 'people', 'management', 'military', 'government', 'media', 'prosecution', 'defense', 'defence']);
const ARTICLES = new Set(['the', 'a', 'an']);
const QUANTIFIERS = new Set(['one', 'some', 'two', 'three', 'many', 'several', 'each', 'all', 'most', 'none', 'both', 'few']);
const MAX_PHRASE_TOKENS = 9;

function isNameToken(t: Token | undefined): boolean {
  if (t === undefined || !t.word || !t.capitalized) return false;
  if (t.text.endsWith('.')) return true; // "A." is an initial, not the article
  return !DETERMINERS.has(t.lower) && !PHRASE_BREAKERS.has(t.lower) && !PRONOUNS.has(t.lower);
}

/** Lower-case words that end a phrase read forward or backward. */
function isStopWord(t: Token): boolean {
  if (!t.word) return true;
  if (t.capitalized) return PHRASE_BREAKERS.has(t.lower) && t.lower !== 'the';
  return SPEECH_VERBS.has(t.lower) || VERB_FILLERS.has(t.lower) || PHRASE_BREAKERS.has(t.lower);
}

function isRoleWord(t: Token | undefined): boolean {
  return t !== undefined && t.word && !t.capitalized && (PERSON_NOUNS.has(t.lower) || TITLES.has(t.lower));
}

function isVerbLike(t: Token): boolean {
  return !t.capitalized && (SPEECH_VERBS.has(t.lower) || VERB_FILLERS.has(t.lower) || isPastTense(t));
}

/** "engineer", "director", "analyst", "physician": nouns for people by what they do. */
function isAgentNoun(t: Token | undefined): boolean {
  return t !== undefined && t.word && !t.capitalized && !isStopWord(t) && /(?:er|or|ist|ian|ant|ent)$/.test(t.lower)
    && !THING_NOUNS_LIKE_AGENTS.has(t.lower);
}

function isPastTense(t: Token): boolean {
  return !t.capitalized && /[a-z]ed$/.test(t.lower);
}

/** End (exclusive) of a run of name tokens starting at i: "Jane A. Doe Jr.", "Ibn al Rashid". */
export function nameRunEnd(tokens: readonly Token[], i: number): number {
  let j = i;
  while (j < tokens.length) {
    const t = tokens[j]!;
    if (isNameToken(t)) j++;
    else if (t.word && NAME_PARTICLES.has(t.lower) && isNameToken(tokens[j + 1])) j++;
    // "Friends of the River", "Bank of Kenya": lower-case links inside a proper name.
    else if (j > i && NAME_LINKS.has(t.text) && isNameToken(tokens[j + 1])) j++;
    else if (j > i && NAME_LINKS.has(t.text) && tokens[j + 1]?.text === 'the' && isNameToken(tokens[j + 2])) j += 2;
    else break;
    if (isPossessive(t)) break; // "Harlan’s" ends the name: what follows is described by it
  }
  return j;
}

function makePhrase(kind: PhraseKind, tokens: readonly Token[], a: number, b: number, text: string): Phrase {
  const start = tokens[a]!.start;
  const end = tokens[b - 1]!.end;
  return { kind, text: text.slice(start, end), start, end };
}

/**
 * A name phrase over tokens [a, b) whose role words start at `role` (≤ a):
 * "senior adviser Jane Doe" is the name "Jane Doe" written with its role.
 * The role stays out of the name (it is no part of who the person is) but
 * is kept as the written form, the span a reader sees as the source.
 */
function makeNamePhrase(tokens: readonly Token[], role: number, a: number, b: number, text: string): Phrase {
  const phrase = makePhrase('name', tokens, a, b, text);
  return role < a ? { ...phrase, withRole: text.slice(tokens[role]!.start, phrase.end) } : phrase;
}

/**
 * roleWordsStart: the first of the lower-case role words ("press secretary",
 * "senior adviser") standing right before the name at token `name`, reading
 * back no further than `floor`; `name` when there are none. Articles,
 * possessives and links ("of", "for") end the role: "the", "Acme's" and
 * "an aide to" are not part of what the person is called.
 */
/** Words that open a clause, never a role: "what host Jane Doe asked" is no title. */
const CLAUSE_WORDS = new Set(['what', 'which', 'who', 'whom', 'whose', 'that', 'how', 'when', 'where', 'why', 'as', 'than', 'like', 'if', 'whether']);
/** Role words kept before a name ("veteran industry analyst"); a longer run is more likely a clause. */
const MAX_ROLE_WORDS = 3;

function roleWordsStart(tokens: readonly Token[], floor: number, name: number): number {
  // The word touching the name must be a role ("voters expect Jane Doe" has none),
  // written apart from it (a name broken by stray bytes is no role and name).
  const last = tokens[name - 1];
  if (name <= floor || !(isRoleWord(last) || isAgentNoun(last)) || last!.end === tokens[name]!.start) return name;
  let k = name;
  while (k > floor && name - k < MAX_ROLE_WORDS) {
    const t = tokens[k - 1]!;
    if (!t.word || t.capitalized || isStopWord(t) || DETERMINERS.has(t.lower) || DESCRIPTION_LINKS.has(t.lower) || CLAUSE_WORDS.has(t.lower) || isPossessive(t)) break;
    k--;
  }
  return k;
}

/**
 * Classify tokens [a, b) as a speaker phrase, or null when they cannot name
 * one (a time phrase, a lone determiner). A description ending in a name after
 * a role word ("the network's editor Jane Doe") is that name.
 */
export function classifyPhrase(tokens: readonly Token[], a: number, b: number, text: string): Phrase | null {
  if (b <= a) return null;
  const first = tokens[a]!;
  if (b - a === 1 && PRONOUNS.has(first.lower) && first.word) return makePhrase('pronoun', tokens, a, b, text);
  const last = tokens[b - 1]!;
  if (TIME_NOUNS.has(last.lower) || DETERMINERS.has(last.lower) || !last.word) return null;
  if (isNameToken(first) && nameRunEnd(tokens, a) === b) return makePhrase('name', tokens, a, b, text);
  // A trailing name after a role word: "executive Jane Doe".
  let r = b;
  while (r > a && (isNameToken(tokens[r - 1]) || NAME_SUFFIXES.has(tokens[r - 1]!.lower))) r--;
  const beforeName = tokens[r - 1];
  const describesName = beforeName !== undefined && beforeName.word && !beforeName.capitalized && !DETERMINERS.has(beforeName.lower) && !DESCRIPTION_LINKS.has(beforeName.lower);
  const runHasName = tokens.slice(r, b).some((t) => !TITLES.has(t.lower));
  if (r < b && r > a && describesName && runHasName && !isPossessive(tokens[b - 1]!)) {
    return makeNamePhrase(tokens, roleWordsStart(tokens, a, r), r, b, text);
  }
  const hasContent = tokens.slice(a, b).some((t) => !DETERMINERS.has(t.lower));
  if (!hasContent) return null;
  if (!DETERMINERS.has(first.lower) && !isPossessive(first) && !first.capitalized) {
    // A bare lower-case phrase names speakers only by a plural or a people noun ("officials", "police").
    if (b - a > 3 || !(/[^s]s$/.test(last.lower) || PERSON_NOUNS.has(last.lower) || BARE_SPEAKER_NOUNS.has(last.lower))) return null;
  }
  return makePhrase('description', tokens, a, b, text);
}

/**
 * End of a person's name read from i: the name run, cut before "of" when two
 * or more plain name words stand before it ("Jane Doe of the Acme Institute"
 * is Jane Doe; "Bank of Kenya" and "Secretary of State" stay whole). Titles
 * opening the run are no name words but do not keep the place either:
 * "Sen. Jane Doe of Ohio" is Sen. Jane Doe, from Ohio.
 */
function personRunEnd(tokens: readonly Token[], i: number): number {
  const end = nameRunEnd(tokens, i);
  let first = i;
  while (first < end && TITLES.has(tokens[first]!.lower.replace(/\.$/, ''))) first++;
  for (let k = i + 1; k < end; k++) {
    if (!NAME_LINKS.has(tokens[k]!.text)) continue;
    const plain = k - first >= 2 && tokens.slice(first, k).every((t) => !TITLES.has(t.lower) && !ORGANIZATION_WORDS.has(t.lower.replace(/['’]s$/, '')));
    return plain ? k : end;
  }
  return end;
}

/** Lower-case descriptors allowed before a name after an inverted cue ("said planetary geologist Jane Doe"). */
const MAX_DESCRIPTOR_WORDS = 4;
/** Articles of other languages, only read right after an inverted cue ("disse o ministro", "sagte der Minister"). */
const FOREIGN_ARTICLES = new Set(['o', 'os', 'el', 'los', 'las', 'le', 'les', 'la', 'der', 'die', 'il', 'lo', 'gli']);

/**
 * The speaker after an inverted cue ("…,” said Jane Doe"): a name or
 * description as forwardPhrase reads it, a name behind lower-case descriptors
 * ("said lead researcher Jane Doe"), or an article of another language and its noun.
 */
export function invertedSpeakerPhrase(tokens: readonly Token[], i: number, text: string): ForwardPhrase | null {
  const first = tokens[i];
  if (!first || !first.word) return null;
  if (!first.capitalized && !DETERMINERS.has(first.lower)) {
    let j = i;
    while (j < i + MAX_DESCRIPTOR_WORDS && tokens[j]?.word && !tokens[j]!.capitalized && !isStopWord(tokens[j]!)) j++;
    if (j > i && isNameToken(tokens[j])) return personAfterModifiers(tokens, i, j, text);
    if (FOREIGN_ARTICLES.has(first.lower) && tokens[i + 1]?.word && !PHRASE_BREAKERS.has(tokens[i + 1]!.lower)) {
      const end = isNameToken(tokens[i + 1]) ? nameRunEnd(tokens, i + 1) : i + 2;
      return { ...makePhrase(isNameToken(tokens[i + 1]) ? 'name' : 'description', tokens, i, end, text), next: end };
    }
  }
  return forwardPhrase(tokens, i, text);
}

/**
 * roleBeforeName: from token i, lower-case descriptors ending in a role or an
 * agent noun ("presidential front-runner", "executive") and then a name;
 * returns the name's first token index, or i when the tokens are no such role.
 */
function roleBeforeName(tokens: readonly Token[], i: number): number {
  for (let j = i; j < i + MAX_DESCRIPTOR_WORDS; j++) {
    const t = tokens[j];
    if (!t || !t.word || t.capitalized || isStopWord(t)) return i;
    if ((isRoleWord(t) || isAgentNoun(t)) && isNameToken(tokens[j + 1])) return j + 1;
  }
  return i;
}

/**
 * personAfterModifiers: the name run at token `run`, or the person it
 * modifies: "Acme Co. executive Jane Doe", "Liberal party spokesman Jon Doe",
 * "(said) former Utah governor Jane Doe": the role (and the lower-case words
 * before it) is skipped to the person's name, and kept as its written form
 * from no earlier than token `from`.
 */
function personAfterModifiers(tokens: readonly Token[], from: number, run: number, text: string): ForwardPhrase {
  const runEnd = personRunEnd(tokens, run);
  const role = roleBeforeName(tokens, runEnd);
  if (role > runEnd) {
    const personEnd = personRunEnd(tokens, role);
    return { ...makeNamePhrase(tokens, roleWordsStart(tokens, runEnd, role), role, personEnd, text), next: personEnd };
  }
  return { ...makeNamePhrase(tokens, roleWordsStart(tokens, from, run), run, runEnd, text), next: runEnd };
}

/** Read a speaker phrase forward from token i ("Jane Doe said", "the report said", "she said"). */
export function forwardPhrase(tokens: readonly Token[], i: number, text: string): ForwardPhrase | null {
  const first = tokens[i];
  if (!first || !first.word) return null;
  // "When his editors asked ...", "But either way ...": a clause opener, not a speaker.
  // (An acronym such as "WHO" is a name.)
  if (first.capitalized && PHRASE_BREAKERS.has(first.lower) && first.lower !== 'the' && first.text !== first.text.toUpperCase()) return null;
  if (PRONOUNS.has(first.lower)) return { ...makePhrase('pronoun', tokens, i, i + 1, text), next: i + 1 };
  if (isNameToken(first)) {
    if (!isPossessive(tokens[personRunEnd(tokens, i) - 1]!)) return personAfterModifiers(tokens, i, i, text);
  }
  // A description: determiner or possessive, then words up to a verb or a break.
  let j = i;
  let content = 0;
  while (j < tokens.length && j - i < MAX_PHRASE_TOKENS) {
    const t = tokens[j]!;
    if (j > i && isStopWord(t)) break;
    if (j === i && !t.capitalized && isStopWord(t)) return null;
    if (content > 0 && isPastTense(t)) break;
    // A second article after the head starts another phrase ("Her post got the attention").
    if (content > 0 && ARTICLES.has(t.lower) && tokens[j - 1]!.lower !== 'of') break;
    if (!DETERMINERS.has(t.lower) && t.lower !== 'of') content++;
    j++;
  }
  const phrase = classifyPhrase(tokens, i, j, text);
  return phrase ? { ...phrase, next: j } : null;
}

/** Read a speaker phrase backward, ending just before token `end` ("... the group" | added). */
export function backwardPhrase(tokens: readonly Token[], end: number, text: string): Phrase | null {
  let a = end;
  while (a > 0 && end - a < MAX_PHRASE_TOKENS) {
    const t = tokens[a - 1]!;
    if (isStopWord(t) && !(t.capitalized && DETERMINERS.has(t.lower))) break;
    if (isPastTense(t)) break;
    if (PRONOUNS.has(t.lower) && a < end) break; // a pronoun stands alone: "he", not "he instead"
    a--;
    if (PRONOUNS.has(t.lower)) break;
    if (ARTICLES.has(t.lower)) {
      // An article opens the phrase ("a claim the Coast Guard" → "the Coast Guard"),
      // with a quantity before it: "one of the instructors".
      if (a >= 2 && tokens[a - 1]!.lower === 'of' && QUANTIFIERS.has(tokens[a - 2]!.lower)) a -= 2;
      else a = headBeforeLink(tokens, a) ?? a;
      break;
    }
    if (t.capitalized && DETERMINERS.has(t.lower)) break; // "Some", "Two" open the phrase
  }
  // "an aide to Mayor Doe", "a spokeswoman for Acme": the head before the link speaks.
  if (a < end && isNameToken(tokens[a])) a = headBeforeLink(tokens, a) ?? a;
  return classifyPhrase(tokens, a, end, text);
}

/** Prepositions that tie a description to what it is about ("a person familiar with the matter"). */
const DESCRIPTION_LINKS = new Set(['with', 'on', 'about', 'to', 'in', 'from', 'for', 'of']);
/** Words from the head to the preposition ("people briefed", "person close"). */
const MAX_HEAD_WORDS = 4;

/**
 * headBeforeLink: "a person familiar with the matter", "two people briefed on
 * the talks": the phrase read back to the article at `a` is what its head is
 * about; the head starts at the article or quantity before the preposition.
 * Returns that start, or null when the words before are no such head.
 */
function headBeforeLink(tokens: readonly Token[], a: number): number | null {
  if (a < 3 || !DESCRIPTION_LINKS.has(tokens[a - 1]!.lower)) return null;
  for (let k = a - 2; k >= 0 && a - 1 - k <= MAX_HEAD_WORDS; k--) {
    const t = tokens[k]!;
    if (!t.word || PRONOUNS.has(t.lower) || SPEECH_VERBS.has(t.lower)) return null;
    if (k < a - 2 && (ARTICLES.has(t.lower) || QUANTIFIERS.has(t.lower))) return k;
    if (t.capitalized) return null;
  }
  return null;
}

/** Skip auxiliaries and adverbs backward from index k (exclusive); returns the new end. */
export function skipFillersBackward(tokens: readonly Token[], k: number): number {
  let j = k;
  while (j > 0 && tokens[j - 1]!.word && !tokens[j - 1]!.capitalized && VERB_FILLERS.has(tokens[j - 1]!.lower)) j--;
  return j;
}

/**
 * describedName: a description followed by an appositive name is that name
 * ("The group, Acme Workers, said", "according to the coach, Jon Doe, …").
 */
export function describedName(tokens: readonly Token[], phrase: ForwardPhrase | null, text: string): ForwardPhrase | null {
  if (phrase?.kind !== 'description') return phrase;
  // "a 2018 survey by Jane Doe", "a report by Acme Watch": the author speaks.
  if (tokens[phrase.next]?.text === 'by' && isNameToken(tokens[phrase.next + 1]) && ORGANIZATION_WORDS.has(phrase.text.split(/\s+/).pop()!.toLowerCase())) {
    const end = personRunEnd(tokens, phrase.next + 1);
    return { ...makePhrase('name', tokens, phrase.next + 1, end, text), next: end };
  }
  let comma = phrase.next;
  while (comma < tokens.length && comma < phrase.next + MAX_PHRASE_TOKENS && tokens[comma]!.word && !isVerbLike(tokens[comma]!)) comma++;
  if (tokens[comma]?.text === ',') {
    // "Doe's son, filmmaker Jon Doe (…), said": the name behind a role word, closed by a comma or parenthesis.
    const appositive = invertedSpeakerPhrase(tokens, comma + 1, text);
    if (appositive?.kind === 'name' && /^[,(]$/.test(tokens[appositive.next]?.text ?? '')) return appositive;
  }
  return phrase;
}
