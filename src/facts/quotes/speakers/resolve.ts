/**
 * Resolving what an attribution cue points at into a speaker. These steps
 * call each other (a pronoun looks back at earlier reporters, whose cues are
 * resolved the same way), so they live in one module; the steps they use
 * (names, descriptions, the person in focus) are their own files.
 */
import { paragraphIndexAt, sentenceIndexAt } from '../../text/document.js';
import { findCueBefore, type Attribution } from '../cues/index.js';
import { REPORTING_VERBS } from '../lexicon.js';
import { subjectAt } from '../sentence-subject.js';
import { QUOTE_SETTINGS } from '../settings.js';
import { roleHolder } from './definite-description.js';
import { guessFromPhrase } from './named-speaker.js';
import { fits, rankAntecedents, type Antecedent } from './pronoun-salience.js';
import { PERSON_IN_FOCUS, type FocusState, type SpeakerGuess } from './types.js';

/** The speaker an attribution cue points to, with pronouns and definite descriptions resolved. */
export function resolveAttribution(attribution: Attribution, state: FocusState): SpeakerGuess | null {
  const sentence = sentenceIndexAt(state.doc, attribution.at);
  const source = attribution.source;
  if (source.type === 'subject') return resolveSubjectSpeaker(source.from, source.to, sentence, state);
  if (source.phrase.kind === 'pronoun') return resolvePronounSpeaker(source.phrase.text, sentence, source.phrase.start, state);
  return resolveDefiniteDescription(guessFromPhrase(source.phrase, state.index), sentence, source.phrase.start, state);
}

/** resolveSubjectSpeaker: the subject of the reporter's sentence, with pronouns and definite descriptions resolved. */
export function resolveSubjectSpeaker(from: number, to: number, sentence: number, state: FocusState): SpeakerGuess | null {
  const phrase = subjectAt(state.doc.text, from, to);
  if (!phrase) return null;
  if (phrase.kind === 'pronoun') return resolvePronounSpeaker(phrase.text, sentence, phrase.start, state);
  return resolveDefiniteDescription(guessFromPhrase(phrase, state.index), sentence, phrase.start, state);
}

function subjectOfSentence(state: FocusState, s: number): SpeakerGuess | null {
  if (state.subjects.has(s)) return state.subjects.get(s)!;
  const span = state.doc.sentences[s]!;
  const phrase = subjectAt(state.doc.text, span.start, span.end);
  const guess = phrase ? guessFromPhrase(phrase, state.index) : null;
  state.subjects.set(s, guess);
  return guess;
}

/**
 * resolvePronounSpeaker: "he said" → the antecedent the salience model
 * (pronoun-salience.ts) ranks first among the subjects, attribution speakers
 * and reporters of the sentences before (and of its own sentence before the
 * pronoun), then the person most named. Words inside quotation marks are no
 * antecedents: "“… Doe lost the vote,” he said" is not Doe speaking.
 */
export function resolvePronounSpeaker(pronoun: string, sentence: number, at: number, state: FocusState): SpeakerGuess | null {
  const key = pronoun.toLowerCase();
  const { doc } = state;
  const candidates: Antecedent[] = [];
  const paragraphOf = (s: number): number => paragraphIndexAt(doc, doc.sentences[s]!.start);
  // Same sentence: "Doe was arrested after a call in which he said ..."
  const span = doc.sentences[sentence];
  if (span && at > span.start && !insideQuote(state, span.start)) {
    const phrase = subjectAt(doc.text, span.start, at);
    if (phrase && phrase.end <= at) candidates.push({ guess: guessFromPhrase(phrase, state.index), role: 'subject', sentence, paragraph: paragraphOf(sentence) });
  }
  for (let s = sentence - 1; s >= 0 && s >= sentence - QUOTE_SETTINGS.focusSentences; s--) {
    const paragraph = paragraphOf(s);
    const recorded = state.recorded.get(s);
    if (recorded) candidates.push({ guess: recorded, role: 'attribution', sentence: s, paragraph });
    const subject = insideQuote(state, doc.sentences[s]!.start) ? null : subjectOfSentence(state, s);
    if (subject) candidates.push({ guess: subject, role: 'subject', sentence: s, paragraph });
    const reporter = reporterOfSentence(state, s, false);
    if (reporter) candidates.push({ guess: reporter, role: 'reporter', sentence: s, paragraph });
  }
  const ownParagraph = span ? paragraphOf(sentence) : -1;
  const found = rankAntecedents(key, ownParagraph, candidates, state.index.lookup);
  if (found) return found;
  if (key !== 'he' && key !== 'she' && key !== PERSON_IN_FOCUS) return null;
  const focus = state.index.mostNamed;
  return focus && fits(key, focus, state.index.lookup) ? focus : null;
}

/** Whether `offset` lies between the marks of a quotation (its words are the quoted person's). */
function insideQuote(state: FocusState, offset: number): boolean {
  const spans = state.quoted;
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const q = spans[mid]!;
    if (offset <= q.open) hi = mid - 1;
    else if (offset >= q.close) lo = mid + 1;
    else return true;
  }
  return false;
}

/**
 * Verbs that make a sentence someone's statement ("Doe said the talks failed"); not
 * "asked" (the answer is someone else's) nor "reported"/"called" ("reported to him").
 */
const REPORTING_CUES: ReadonlySet<string> = new Set([...REPORTING_VERBS, 'according to']);

/**
 * reporterOfSentence: who says something in sentence s, a sentence without
 * quotation marks ("Later, the minister, Jane Doe, told parliament the deficit
 * would shrink." → Jane Doe). A pronoun subject is resolved only when
 * `pronouns` (callers resolving a pronoun themselves pass false).
 */
export function reporterOfSentence(state: FocusState, s: number, pronouns: boolean): SpeakerGuess | null {
  const span = state.doc.sentences[s];
  if (!span) return null;
  const cache = pronouns ? state.reportersResolved : state.reporters;
  if (cache.has(s)) return cache.get(s)!;
  let guess: SpeakerGuess | null = null;
  if (!/["“”„«»]/.test(state.doc.text.slice(span.start, span.end))) {
    const attribution = findCueBefore(state.doc.text, span.start, span.end);
    const pronoun = attribution?.source.type === 'phrase' && attribution.source.phrase.kind === 'pronoun';
    if (attribution && REPORTING_CUES.has(attribution.cue.toLowerCase()) && (pronouns || !pronoun)) {
      const found = resolveAttribution(attribution, state);
      if (found && found.kind !== 'pronoun' && (found.person || found.kind === 'name')) guess = found;
    }
  }
  cache.set(s, guess);
  return guess;
}

/** "the 56-year-old", "the 34-year-old striker": an age refers back to the person in focus. */
const AGE_DESCRIPTION = /^the \d+-year-old(?: \p{L}+)?$/iu;

/**
 * resolveDefiniteDescription: "the governor" → the one person actor holding
 * that role ("Gov. Jane Doe"); "the 56-year-old" → the person in focus.
 * Indefinite and plural descriptions ("a witness", "officials") stay as written.
 * A resolved description keeps its words as the written form ("the governor"),
 * as a name does (name-as-written.ts): the actor link carries who it is.
 */
export function resolveDefiniteDescription(guess: SpeakerGuess, sentence: number, at: number, state: FocusState): SpeakerGuess {
  if (guess.kind !== 'description' || guess.plural) return guess;
  const written = guess.name.trim();
  if (!/^the /i.test(written)) return guess;
  const person = AGE_DESCRIPTION.test(written) ? resolvePronounSpeaker(PERSON_IN_FOCUS, sentence, at, state) : roleHolder(written, state);
  return person ? { ...person, written } : guess;
}
