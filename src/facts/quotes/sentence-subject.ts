/**
 * The grammatical subject of a sentence, for quotes whose speaker is the one
 * acting in their sentence: connectors, a leading adverbial clause and a
 * dateline are skipped, then a speaker phrase is read forward (phrases.ts).
 */
import { MONTH_NAMES, WEEKDAY_NAMES } from '../../lexicon/calendar.js';
import { CARDINAL_WORDS, VAGUE_COUNT_WORDS } from '../../lexicon/numbers.js';
import { describedName, forwardPhrase, type Phrase } from './phrases.js';
import { QUOTE_SETTINGS } from './settings.js';
import { tokenize, type Token } from './tokens.js';

// Words that open a leading adverbial clause to skip before a sentence's subject.
const LEADING_CLAUSE_STARTERS = new Set([
  'in', 'on', 'at', 'during', 'after', 'before', 'while', 'when', 'since', 'with', 'despite', 'although',
  'though', 'as', 'because', 'if', 'for', 'by', 'from', 'unlike', 'like', 'once', 'until', 'through', 'amid',
  'under', 'over', 'following', 'according', 'last', 'earlier', 'later', 'this', 'that', 'hours', 'days',
  'weeks', 'months', 'years', 'minutes', 'within', 'without', 'among', 'outside', 'inside', 'near', 'to',
]);
const CONNECTORS = new Set([
  'but', 'and', 'yet', 'so', 'still', 'however', 'meanwhile', 'moreover', 'instead', 'now', 'then', 'also',
  'indeed', 'separately', 'nonetheless', 'nevertheless', 'thus', 'furthermore', 'notably', 'again',
]);

/**
 * The grammatical subject of a sentence, found by skipping connectors and a
 * leading adverbial clause ("In an interview on Monday, the minister ...").
 * A description followed by an appositive name prefers the name ("The
 * group, Acme Workers, said" → "Acme Workers").
 */
export function sentenceSubject(tokens: readonly Token[], text: string): Phrase | null {
  const first = tokens[0];
  if (!first || (!first.word && /["“„«‘'”]/.test(first.text))) return null;
  let i = datelineEnd(tokens);
  for (let round = 0; round < 3; round++) {
    const t = tokens[i];
    if (!t) return null;
    if (t.word && CONNECTORS.has(t.lower)) {
      i++;
      if (tokens[i]?.text === ',') i++;
      continue;
    }
    if (t.word && (LEADING_CLAUSE_STARTERS.has(t.lower) || CALENDAR_OPENERS.has(t.lower) || /ing$|ly$/.test(t.lower) || /^\d/.test(t.text) || isNumberWord(t))) {
      const comma = findComma(tokens, i, 25);
      if (comma < 0) return null;
      i = comma + 1;
      continue;
    }
    break;
  }
  return describedName(tokens, forwardPhrase(tokens, i, text), text);
}

/**
 * subjectAt: the subject of the sentence text running from `from` (its start)
 * to `to`, read within the first QUOTE_SETTINGS.subjectReach characters only,
 * so that asking it for every quote of one long sentence stays linear.
 */
export function subjectAt(text: string, from: number, to: number): Phrase | null {
  return sentenceSubject(tokenize(text, from, Math.min(to, from + QUOTE_SETTINGS.subjectReach)), text);
}

/** "Tuesday at the rally, Doe said", "In March, …": a day or month opening the sentence is a time clause. */
const CALENDAR_OPENERS: ReadonlySet<string> = new Set([...WEEKDAY_NAMES, ...MONTH_NAMES].map((w) => w.toLowerCase()));
const DASHES = new Set(['—', '–', '-']);
/** Tokens a dateline may hold before its dash ("NEW YORK, May 2 (Agency) —"). */
const MAX_DATELINE_TOKENS = 10;

/**
 * datelineEnd: "PARIS (Agency) — The minister said": a place in capitals
 * opening the text before a dash is where the story was filed, not who acts;
 * returns the index after the dash, or 0 when the sentence opens otherwise.
 */
function datelineEnd(tokens: readonly Token[]): number {
  const first = tokens[0];
  if (!first?.word || first.text.length < 3 || first.text !== first.text.toUpperCase() || !/\p{Lu}/u.test(first.text)) return 0;
  for (let j = 1; j < tokens.length && j <= MAX_DATELINE_TOKENS; j++) {
    const t = tokens[j]!;
    if (DASHES.has(t.text)) return j + 1;
    if (t.word && !t.capitalized && !/^\d/.test(t.text)) return 0;
  }
  return 0;
}


const NUMBER_WORDS: ReadonlySet<string> = new Set([...CARDINAL_WORDS.keys(), ...VAGUE_COUNT_WORDS]);
function isNumberWord(t: Token): boolean {
  return t.capitalized && NUMBER_WORDS.has(t.lower) && t.lower !== 'one';
}

/** Index of the first comma at or after i within `limit` tokens, stopping at quotation marks. */
export function findComma(tokens: readonly Token[], i: number, limit: number): number {
  for (let j = i; j < tokens.length && j < i + limit; j++) {
    const t = tokens[j]!.text;
    if (t === ',') return j;
    if (/["“”„«»]/.test(t)) return -1;
  }
  return -1;
}
