/**
 * Quotes: the text inside quotation marks that someone said or wrote, with
 * its kind (direct | partial), attribution cue and speaker. The pipeline:
 *
 *   pairQuotationMarks → trimQuoteSpan → dropMarkupAttributes → joinMultiParagraphQuotes → dropScareQuotes
 *   → dropTitlesOfWorks → dropHeadlineCitations → dropQuotedSubheadings
 *   → transcriptTurn ("“HOST: …") or attribute (findCueAfter / findCueBefore / introducedByColon) → resolve speaker (named,
 *   pronoun, description, sentence subject, continuation) → linkSpeakerToActor → nameAsWritten
 *   → classifyDirectPartial
 *
 * Indirect speech ("X said that ...") is available behind `includeIndirect`
 * (off by default: the evaluation counts only quotation-mark text).
 */
import type { Actor, Quote, Speaker } from '../../schema.js';
import { sentenceIndexAt, type TextDocument } from '../text/document.js';
import { colonIntroduction, findCueAfter, findCueBefore, type Attribution } from './cues/index.js';
import { classifyDirectPartial, dropScareQuotes, joinMultiParagraphQuotes, trimQuoteSpan, type QuoteCandidate } from './filters.js';
import { dropHeadlineCitations } from './headline-citation.js';
import { findIndirectQuotes } from './indirect.js';
import { dropMarkupAttributes } from './markup-attribute.js';
import { subjectAt } from './sentence-subject.js';
import { dropQuotedSubheadings } from './subheading.js';
import { dropTitlesOfWorks } from './title-of-work.js';
import { transcriptTurn } from './transcript-turn.js';
import { tokenize } from './tokens.js';
import { pairQuotationMarks } from './marks.js';
import {
  buildNameIndex, guessFromPhrase, linkSpeakerToActor, nameAsWritten, PERSON_IN_FOCUS, reporterOfSentence, resolveAttribution, resolveNamedSpeaker, resolvePronounSpeaker,
  type FocusState, type SpeakerGuess,
} from './speakers/index.js';
import { QUOTE_SETTINGS } from './settings.js';

export interface QuoteContext {
  actors: readonly Actor[];
  /** Also report indirect speech without quotation marks ("X said that ..."). Default false. */
  includeIndirect?: boolean;
}

const { cueWindow: CUE_WINDOW, continuationParagraphs: CONTINUATION_PARAGRAPHS, continuationQuotes: CONTINUATION_QUOTES } = QUOTE_SETTINGS;

export function extractQuotes(doc: TextDocument, context: QuoteContext): Quote[] {
  const pieces = pairQuotationMarks(doc.text, doc.paragraphs)
    .map((span) => trimQuoteSpan(doc.text, span))
    .filter((c): c is QuoteCandidate => c !== null);
  const marked = dropScareQuotes(doc.text, joinMultiParagraphQuotes(dropMarkupAttributes(doc.text, pieces)));
  // Names of works, cited headlines and subheadings in quotation marks are no one's words.
  const candidates = dropQuotedSubheadings(doc.text, doc.paragraphs, dropHeadlineCitations(doc.text, doc.paragraphs, dropTitlesOfWorks(doc.text, marked)));
  if (candidates.length === 0 && !context.includeIndirect) return [];

  const state: FocusState = {
    doc,
    index: buildNameIndex(doc, context.actors),
    recorded: new Map(),
    subjects: new Map(),
    reporters: new Map(),
    reportersResolved: new Map(),
    quoted: candidates,
  };
  const attributed = candidates.map((_, k) => attribute(doc, candidates, k));
  const keep = keepAttributedFragments(doc, candidates, attributed);
  const kept = candidates.filter((_, k) => keep[k]);
  const attributions = attributed.filter((_, k) => keep[k]);
  const guesses: (SpeakerGuess | null)[] = [];
  const quotes: Quote[] = [];
  for (let k = 0; k < kept.length; k++) {
    const c = kept[k]!;
    const attribution = attributions[k] ?? null;
    // A transcript's turn names its speaker before the colon, whatever introduced the transcript.
    const turn = transcriptTurn(doc.text, c, doc.paragraphs[c.paragraph]!.start);
    let guess = turn ? resolveNamedSpeaker(turn.name, state.index) : attribution ? resolveAttribution(attribution, state) : null;
    let cue = turn ? ':' : attribution?.cue ?? null;
    if (!guess) {
      const inherited = continueSpeaker(kept, attributions, guesses, k, state);
      guess = inherited.guess;
      cue = cue ?? inherited.cue;
    }
    guesses.push(guess);
    if (guess) {
      state.recorded.set(sentenceIndexAt(doc, c.open), guess);
      state.recorded.set(sentenceIndexAt(doc, Math.max(c.start, c.close - 1)), guess);
    }
    const start = turn ? turn.wordsStart : c.start;
    quotes.push({
      text: doc.text.slice(start, c.end),
      kind: classifyDirectPartial(doc.text, c),
      speaker: guess ? speakerOf(guess, state) : null,
      cue,
      start,
      end: c.end,
    });
  }
  if (context.includeIndirect) {
    for (const found of findIndirectQuotes(doc, kept, state)) {
      quotes.push({ ...found, speaker: found.speaker ? speakerOf(found.speaker, state) : null });
    }
    quotes.sort((a, b) => a.start - b.start);
  }
  return quotes;
}

/** The speaker a guess gives: linked to its actor, named as the attribution writes it. */
function speakerOf(guess: SpeakerGuess, state: FocusState): Speaker {
  return nameAsWritten(guess, linkSpeakerToActor(guess, state.index.lookup));
}

/** A fragment this short without any cue in its sentence is a term in quotes ("green shoots"), not speech. */
const MAX_UNATTRIBUTED_FRAGMENT_WORDS = 4;
/** ...unless it follows a sentence that quoted someone and has at least this many words ("was “a total mess”"). */
const MIN_FOLLOW_UP_FRAGMENT_WORDS = 3;

/**
 * dropUnattributedFragments (as a keep mask): a short partial quote stays
 * only when a cue attributes it or another quote of its sentence, or when it
 * follows up a quote of the sentence before ("Doe said “…”. The plan was
 * “a total mess”.").
 */
function keepAttributedFragments(
  doc: TextDocument,
  candidates: readonly QuoteCandidate[],
  attributions: readonly (Attribution | null)[],
): boolean[] {
  const attributedSentences = new Set<number>();
  candidates.forEach((c, k) => {
    if (attributions[k]) attributedSentences.add(sentenceIndexAt(doc, c.open));
  });
  return candidates.map((c, k) => {
    if (attributions[k] || c.continued || c.runsOn) return true;
    if (classifyDirectPartial(doc.text, c) === 'direct') return true;
    const words = doc.text.slice(c.start, c.end).match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
    const sentence = sentenceIndexAt(doc, c.open);
    if (words > MAX_UNATTRIBUTED_FRAGMENT_WORDS || attributedSentences.has(sentence)) return true;
    return words >= MIN_FOLLOW_UP_FRAGMENT_WORDS && attributedSentences.has(sentence - 1);
  });
}

/**
 * The cue of quote k. A cue touching the quote wins (after, then before);
 * otherwise a cue later, then earlier, in the same sentence.
 */
function attribute(doc: TextDocument, candidates: readonly QuoteCandidate[], k: number): Attribution | null {
  const c = candidates[k]!;
  const prev = candidates[k - 1];
  const next = candidates[k + 1];
  const paragraph = doc.paragraphs[c.paragraph]!;
  const openSentence = doc.sentences[sentenceIndexAt(doc, c.open)];
  const sentenceStart = openSentence?.start ?? paragraph.start;

  let after: Attribution | null = null;
  if (!c.runsOn) {
    const closeIndex = sentenceIndexAt(doc, c.close);
    let closeSentence = doc.sentences[closeIndex];
    // "“Is it over?” Doe said.": the splitter ends a sentence at the closing mark; the
    // next sentence may then only attribute by a cue touching the quote.
    const endsAtMark = closeSentence !== undefined && closeSentence.end <= c.close + 1 && doc.sentences[closeIndex + 1] !== undefined;
    if (endsAtMark) closeSentence = doc.sentences[closeIndex + 1];
    let limit = Math.min(closeSentence?.end ?? paragraph.end, paragraph.end, c.close + 1 + CUE_WINDOW);
    if (next && next.paragraph === c.paragraph) limit = Math.min(limit, next.open);
    after = findCueAfter(doc.text, c.close + 1, limit, sentenceStart);
    // …nor by a tag that reports a new clause ("“…” She says they will go on."):
    // after a finished sentence that is a new statement, not this one's tag.
    if (endsAtMark && (!after?.adjacent || after.continues || after.reportsClause)) after = null;
  }
  if (after?.adjacent) return after;

  let before: Attribution | null = null;
  if (!c.continued) {
    let from = Math.max(sentenceStart, c.open - CUE_WINDOW);
    if (prev && prev.paragraph === c.paragraph && prev.close + 1 > from) from = prev.close + 1;
    if (from < c.open) before = findCueBefore(doc.text, from, c.open);
  }
  if (before?.adjacent) return before;
  // "X said the plan was “…,” while the army denied it": a later cue past a
  // clause break speaks for its own clause; the quote's clause has its cue before.
  if (after && before && startsNewClause(doc.text, c.close + 1, after.at)) return before;
  return after ?? before ?? introducedByColon(doc, c, sentenceStart);
}

/**
 * introducedByColon: no verb attributes the quote, but a colon introduces it,
 * in its own sentence ("Pollster Ana Ruiz: “…”") or ending the paragraph
 * before the one the quote opens ("As the minister put it:¶“…”"); there a
 * cue of that sentence comes first.
 */
function introducedByColon(doc: TextDocument, c: QuoteCandidate, sentenceStart: number): Attribution | null {
  if (c.continued) return null;
  const { text } = doc;
  let colon = c.open - 1;
  while (colon >= 0 && /\s/.test(text[colon]!)) colon--;
  if (text[colon] !== ':') return null;
  const paragraph = doc.paragraphs[c.paragraph]!;
  if (colon >= paragraph.start) return colonIntroduction(text, Math.max(sentenceStart, colon - CUE_WINDOW), colon);
  const before = doc.sentences[sentenceIndexAt(doc, colon)];
  if (!before) return null;
  const from = Math.max(before.start, colon - CUE_WINDOW);
  return findCueBefore(text, from, colon + 1) ?? colonIntroduction(text, from, colon);
}

/** Conjunctions that, after a comma or on their own, open a new clause with its own subject. */
/** Conjunctions that open a clause of their own even without a comma ("…” until Doe said …). */
const SUBORDINATORS = ['while', 'whereas', 'although', 'until', 'because', 'unless', 'before', 'after', 'since', 'when'];
const CLAUSE_CONJUNCTIONS = new Set(['while', 'whereas', 'but', 'although', 'though', 'yet', 'and', 'as', ...SUBORDINATORS]);

/**
 * startsNewClause: between the quote and a later cue stands a clause break: a
 * semicolon, or a comma and a conjunction (", while", ", but"), or a
 * subordinating conjunction on its own ("while", "until", "because").
 */
export function startsNewClause(text: string, from: number, to: number): boolean {
  const tokens = tokenize(text, from, to);
  return tokens.some((t, k) => {
    if (t.text === ';') return true;
    if (!t.word || !CLAUSE_CONJUNCTIONS.has(t.lower)) return false;
    return tokens[k - 1]?.text === ',' || SUBORDINATORS.includes(t.lower) || k === 0;
  });
}

/**
 * namedSubjectBefore: a quote without a cue that is woven into its sentence or
 * introduced by it ("Doe had a similar view: “…”", "Acme faulted the court
 * for “…”") belongs to that sentence's subject when the subject is a name.
 */
function namedSubjectBefore(c: QuoteCandidate, state: FocusState, descriptions = false): SpeakerGuess | null {
  if (c.continued) return null;
  const s = sentenceIndexAt(state.doc, c.open);
  const span = state.doc.sentences[s];
  if (!span || span.start >= c.open || !/[\p{L}\p{N}]/u.test(state.doc.text.slice(span.start, c.open))) return null;
  const phrase = subjectAt(state.doc.text, span.start, c.open);
  if (!phrase) return null;
  // "Doe “has put aside ...”": the quote is the predicate, so its subject is the topic, not the speaker.
  if (!/[\p{L}\p{N}]/u.test(state.doc.text.slice(phrase.end, c.open))) return null;
  if (phrase.kind === 'pronoun' && !/^(?:he|she)$/i.test(phrase.text)) return null;
  const guess = phrase.kind === 'pronoun' ? resolvePronounSpeaker(phrase.text, s, phrase.start, state) : guessFromPhrase(phrase, state.index);
  // "The ad hits Doe for taking “…”", "The council cited “…”": a body or document
  // that is the subject speaks, when nothing nearer (a quote, a reporter) did.
  if (descriptions) return guess?.kind === 'description' && !guess.person ? guess : null;
  // Only a name the actors stage knows: a capitalized sentence opener ("Consider", "Entre") is none.
  if (!guess || guess.kind !== 'name') return null;
  const actor = linkSpeakerToActor(guess, state.index.lookup).actorId;
  return actor && state.index.actors.find((a) => a.id === actor)?.type !== 'group' ? guess : null;
}

/**
 * reportingSentenceBefore: "The presiding judge, Jane Doe, said the panel had
 * weighed every objection. ¶ “The evidence …”": a quote without a cue (nor a
 * named subject) in its sentence, right after a sentence (without quotes) in
 * which someone says something, continues that speaker, who is now the one in
 * focus, rather than the speaker of an older quote.
 */
function reportingSentenceBefore(c: QuoteCandidate, state: FocusState): SpeakerGuess | null {
  if (c.continued) return null;
  const s = sentenceIndexAt(state.doc, c.open);
  const own = state.doc.sentences[s];
  if (!own) return null;
  return reporterOfSentence(state, s - 1, true);
}

/**
 * A quote without a cue belongs to the subject named in its own sentence,
 * else to the speaker of the quote before it in the paragraph, else of the next one, else to
 * the reporter of the sentence before, else to a body or document that is its sentence's
 * subject, else to the speaker of a quote just before (consecutive quote paragraphs), else to
 * the person in focus.
 */
function continueSpeaker(
  candidates: readonly QuoteCandidate[],
  attributions: readonly (Attribution | null)[],
  guesses: readonly (SpeakerGuess | null)[],
  k: number,
  state: FocusState,
): { guess: SpeakerGuess | null; cue: string | null } {
  const c = candidates[k]!;
  const own = namedSubjectBefore(c, state);
  if (own) return { guess: own, cue: null };
  const prev = candidates[k - 1];
  if (prev && prev.paragraph === c.paragraph && guesses[k - 1]) return { guess: guesses[k - 1]!, cue: attributions[k - 1]?.cue ?? null };
  const next = candidates[k + 1];
  const nextAttribution = attributions[k + 1];
  if (next && next.paragraph === c.paragraph && nextAttribution) {
    const guess = resolveAttribution(nextAttribution, state);
    if (guess) return { guess, cue: nextAttribution.cue };
  }
  const reporter = reportingSentenceBefore(c, state);
  if (reporter) return { guess: reporter, cue: null };
  // Before older quotes: the sentence says who does the talking here.
  const described = namedSubjectBefore(c, state, true);
  if (described) return { guess: described, cue: null };
  for (let j = k - 1; j >= 0 && j >= k - CONTINUATION_QUOTES && candidates[j]!.paragraph >= c.paragraph - CONTINUATION_PARAGRAPHS; j--) {
    if (guesses[j]) return { guess: guesses[j]!, cue: null };
  }
  const sentence = sentenceIndexAt(state.doc, c.open);
  return { guess: resolvePronounSpeaker(PERSON_IN_FOCUS, sentence, c.open, state), cue: null };
}
