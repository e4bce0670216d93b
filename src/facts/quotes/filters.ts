/**
 * Rules on the quoted text itself: trimming to the words between the marks,
 * joining pieces of a quote that runs over paragraphs, dropping scare quotes
 * and titles, and telling a direct quote from a partial one.
 */
import { alternation } from '../../lexicon/pattern.js';
import { NAMING_VERBS } from './lexicon.js';
import type { QuoteKind } from '../../schema.js';
import { hasAdjacentCue } from './cues/index.js';
import type { MarkedSpan } from './marks.js';

export interface QuoteCandidate {
  /** Offsets of the marks (close is the paragraph end for a piece that runs on). */
  open: number;
  close: number;
  /** Offsets of the quoted words in the text. */
  start: number;
  end: number;
  paragraph: number;
  /** The quote goes on in the next paragraph. */
  runsOn: boolean;
  /** This piece continues a quote left open by the paragraph before. */
  continued: boolean;
}

/** The words between the marks: white space trimmed, a trailing comma dropped. */
export function trimQuoteSpan(text: string, span: MarkedSpan): QuoteCandidate | null {
  // A doubled apostrophe ('') is one mark two characters wide (marks.ts).
  let start = span.open + (text.startsWith("''", span.open) ? 2 : 1);
  let end = span.close - (!span.runsOn && text[span.close] === "'" && text[span.close - 1] === "'" ? 1 : 0);
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /[\s,]/.test(text[end - 1]!)) end--;
  if (end <= start || !/[\p{L}\p{N}]/u.test(text.slice(start, end))) return null;
  return { open: span.open, close: span.close, start, end, paragraph: span.paragraph, runsOn: span.runsOn, continued: false };
}

/**
 * joinMultiParagraphQuotes: a piece that follows a piece running on from the
 * previous paragraph is the same quote. Pieces stay separate (each paragraph
 * is its own quote, as readers and annotators list them) but are marked so
 * they inherit the speaker and count as direct speech.
 */
export function joinMultiParagraphQuotes(candidates: QuoteCandidate[]): QuoteCandidate[] {
  return candidates.map((c, i) => {
    const before = candidates[i - 1];
    const continued = before !== undefined && before.runsOn && before.paragraph === c.paragraph - 1;
    return continued ? { ...c, continued } : c;
  });
}

/** Words a title leaves in lower case, in English and the Romance/Germanic languages. */
const SMALL_WORDS = new Set([
  'of', 'the', 'a', 'an', 'and', 'or', 'for', 'to', 'in', 'on', 'at', 'by', 'with', 'from', 'vs', 'is', 'are', 'as', 'into',
  'de', 'la', 'le', 'les', 'des', 'du', 'et', 'en', 'el', 'los', 'las', 'del', 'y', 'da', 'do', 'das', 'dos', 'e', 'em',
  'para', 'por', 'com', 'seu', 'seus', 'sua', 'suas', 'der', 'die', 'das', 'und', 'von', 'il', 'di', 'della', 'dei',
]);
const MAX_TITLE_WORDS = 9;
const ADJACENT_CUE_RADIUS = 120;

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’\-]*/gu;

/** The first `limit` words of s (all of them when there are fewer): a long quotation is not read to its end. */
function leadingWords(s: string, limit: number): string[] {
  const out: string[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(s); m && out.length < limit; m = WORD.exec(s)) out.push(m[0]);
  return out;
}

/** "Star Wars", "Gone with the Wind": every word but small ones capitalized. */
export function looksLikeTitle(s: string): boolean {
  return wordsLookLikeTitle(leadingWords(s, MAX_TITLE_WORDS + 1));
}

function wordsLookLikeTitle(ws: readonly string[]): boolean {
  if (ws.length === 0 || ws.length > MAX_TITLE_WORDS) return false;
  return ws.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && SMALL_WORDS.has(w.toLowerCase())));
}

/**
 * dropScareQuotes: a single quoted word ("wins") or a title ("Star Wars") is
 * not a quotation, unless a speech verb stands next to it and it reads as a
 * sentence ("“No,” she said." keeps; "chanted “Save Our Park”" keeps).
 */
export function dropScareQuotes(text: string, candidates: QuoteCandidate[]): QuoteCandidate[] {
  return candidates.filter((c) => {
    if (c.runsOn || c.continued) return true;
    const quoted = text.slice(c.start, c.end);
    // Enough words to tell one word from a title from a sentence, read once.
    const ws = leadingWords(quoted, MAX_TITLE_WORDS + 1);
    if (ws.length === 1) return /^\p{Lu}/u.test(quoted) && /[.!?,]$/.test(text.slice(c.start, c.close).trim()) && hasAdjacentCue(text, c.open, c.close, ADJACENT_CUE_RADIUS);
    if (!wordsLookLikeTitle(ws)) return true;
    if (isNamedAfterVerb(text, c.open)) return false;
    // A title has no sentence punctuation: "Less Money on Testing, More on Students." is a sign's words.
    if (!/[,;.!?]/.test(quoted.replace(/[.!?]+$/, ''))) return hasAdjacentCue(text, c.open, c.close, ADJACENT_CUE_RADIUS);
    return true;
  });
}

/** "a script called “Wild Rose”", "the book titled “…”": what follows a naming verb is a name. */
/** Nouns before quotation marks that hold a name ("the slogan “…”"). */
const NAMING_NOUNS = ['theme', 'slogan', 'motto', 'hashtag'];
const NAMING_BEFORE = new RegExp(`\\b${alternation([...NAMING_VERBS, ...NAMING_NOUNS])}\\s*[,:]?\\s*$`, 'i');

export function isNamedAfterVerb(text: string, open: number): boolean {
  return NAMING_BEFORE.test(text.slice(Math.max(0, open - 24), open));
}

/**
 * classifyDirectPartial: direct when the quote starts with a capital and
 * stands as its own sentence (paragraph or sentence start, or after a colon
 * or a cue's comma); partial when it is a fragment woven into the sentence.
 */
export function classifyDirectPartial(text: string, c: QuoteCandidate): QuoteKind {
  if (c.continued || c.runsOn) return 'direct';
  const quoted = text.slice(c.start, c.end);
  const firstLetter = /\p{L}/u.exec(quoted)?.[0] ?? '';
  if (!/\p{Lu}/u.test(firstLetter)) return 'partial';
  let i = c.open - 1;
  while (i >= 0 && text[i] === ' ') i--;
  const before = i < 0 ? '\n' : text[i]!;
  if (/[\n.!?:,;(—–"“”'‘’«»]/.test(before)) return 'direct';
  return /[.!?]$/.test(text.slice(c.start, c.close).trim()) ? 'direct' : 'partial';
}
