/**
 * Where a found cue's speaker stands: the phrase before the verb, after
 * "according to", behind an inverted verb (", said Doe"), or the subject of
 * the clause; and whether the verb's clause goes on past the tag.
 */
import { WEEKDAY_NAMES } from '../../../lexicon/calendar.js';
import { alternation } from '../../../lexicon/pattern.js';
import { INVERTING_VERBS, NAMING_VERBS, PRONOUNS, RUN_ON_VERBS } from '../lexicon.js';
import { backwardPhrase, classifyPhrase, describedName, forwardPhrase, invertedSpeakerPhrase, skipFillersBackward, type Phrase } from '../phrases.js';
import type { Token } from '../tokens.js';
import { PASSIVE_AUX } from './match.js';
import type { CueMatch, SpeakerSource } from './types.js';

/** Words after a speech verb that still end the quote's tag ("Doe said on Monday", "Doe asked again"). */
export const TAG_CONTINUATIONS = new Set([
  'on', 'in', 'at', 'to', 'later', 'again', 'before', 'after', 'during', 'when', 'while', 'with', 'from', 'of',
  'about', 'last', 'this', 'then', 'earlier', 'afterward', 'afterwards', 'recently', 'previously', 'via',
  'as', 'yesterday', 'today', 'tonight', 'by', 'over', 'under', 'through', 'simply', 'quietly',
  'me', 'us', 'reporters', 'journalists',
]);

export function goesOn(tokens: readonly Token[], next: number): boolean {
  const t = tokens[next];
  if (!t || !t.word || TAG_CONTINUATIONS.has(t.lower) || TIME_WORD.test(t.text)) return false;
  // "Doe said she ...": reported speech of the same speaker still tags the quote.
  if (RUN_ON_VERBS.has(tokens[next - 1]?.lower ?? '') && PRONOUNS.has(t.lower)) return false;
  return !endsWithListener(tokens, next);
}

/** Words a listener ending the tag may have ("asked the minister", "told Acme Corp."). */
const MAX_LISTENER_WORDS = 3;
const NOT_LISTENER = new Set(['that', 'of', 'to', 'for', 'about', 'if', 'whether', 'why', 'how', 'what']);

/**
 * "“Why now?” Doe asked the minister.": a short object that ends the tag is
 * who was spoken to; the verb does not go on to a statement of its own.
 */
function endsWithListener(tokens: readonly Token[], next: number): boolean {
  let j = next;
  while (j < tokens.length && j - next < MAX_LISTENER_WORDS && tokens[j]!.word && !NOT_LISTENER.has(tokens[j]!.lower) && !PRONOUNS.has(tokens[j]!.lower)) j++;
  if (j === next) return false;
  const end = tokens[j];
  return end === undefined || /^[.,!?]$/.test(end.text);
}
/** "Doe said she …": a reporting verb followed by a pronoun subject. */
export function reportsClause(tokens: readonly Token[], next: number): boolean {
  return RUN_ON_VERBS.has(tokens[next - 1]?.lower ?? '') && PRONOUNS.has(tokens[next]?.lower ?? '');
}
const TIME_WORD = new RegExp(`^${alternation(WEEKDAY_NAMES)}$`);


/** A parenthetical acronym a cue may step over ("the Port Authority (PA) said"). */
const MAX_PARENTHETICAL_TOKENS = 6;

/** Who a cue at `cue` points to, reading the phrase before it (or after "according to"). */
export function speakerOfCue(
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
  const phrase = backwardPhrase(tokens, before, text) ?? (cue.participle ? shownSaying(tokens, before, text) : null);
  if (!phrase) return cue.participle ? { type: 'subject', ...sentence } : null;
  const first = tokens.findIndex((t) => t.start === phrase.start);
  const opener = tokens[first - 1];
  // "Doe posted to the forum asking ...": a participle speaks for the clause's
  // subject, not for the object before it (but "with the firm saying ..." does).
  // "footage of Doe saying …" does too (shownSaying).
  const shown = opener?.lower === 'of' && phrase.kind === 'name';
  if (cue.participle && opener && opener.word && opener.lower !== 'with' && !shown) return { type: 'subject', ...sentence };
  // "Doe and her team wrote": the named first conjunct speaks.
  if (phrase.kind === 'description' && opener?.lower === 'and') {
    const named = backwardPhrase(tokens, first - 1, text);
    if (named?.kind === 'name') return { type: 'phrase', phrase: named };
  }
  return { type: 'phrase', phrase };
}

/** "footage of Jane Doe saying …": the name after "of" before a participle is who is shown saying it. */
function shownSaying(tokens: readonly Token[], end: number, text: string): Phrase | null {
  let a = end;
  while (a > 0 && tokens[a - 1]!.word && tokens[a - 1]!.capitalized) a--;
  if (a === end || tokens[a - 1]?.lower !== 'of') return null;
  const phrase = classifyPhrase(tokens, a, end, text);
  return phrase?.kind === 'name' ? phrase : null;
}

/**
 * "…, said Jane Doe, a lawyer": the speaker after a cue inverted behind a
 * comma, when the phrase ends the tag ("Doe, a judge, said the panel had …"
 * goes on with the panel as the said thing's subject).
 */
export function invertedAfterComma(tokens: readonly Token[], cue: CueMatch, text: string, ending: 'tag' | 'quote'): Phrase | null {
  if (tokens[cue.first - 1]?.text !== ',' || !INVERTING_VERBS.has(tokens[cue.first]!.lower)) return null;
  const named = invertedSpeakerPhrase(tokens, cue.next, text);
  if (!named || named.kind === 'pronoun' || /['’]s$/.test(named.text)) return null;
  const after = tokens[named.next];
  // Before a quote, a phrase running up to the quote is what the quote is about ("…, said Doe’s “…”").
  if (!after) return ending === 'tag' ? named : null;
  return !after.word || TAG_CONTINUATIONS.has(after.lower) ? named : null;
}
