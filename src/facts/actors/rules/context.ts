/**
 * The context every rule reads, built once per article: what the whole text
 * says about its words (lower-case uses, acting uses, acronym definitions,
 * vessel names, whether it is English).
 */
import {
  ACTING_VERB_STEMS, PRODUCT_NOUNS_AFTER, ROLE_NOUNS, SHIP_PREFIXES, SUBJECT_VERBS, isAdjectiveOnly, isFunctionWord, isVerbForm,
} from '../lexicons.js';
import type { TaggedName } from '../tagger/index.js';
import { startsLower, startsUpper, type Token } from '../tokens.js';
import { acronymDefinitions, termAcronyms } from './acronym-definitions.js';
import { newGazetteerMemo, type GazetteerMemo } from './gazetteer.js';
import { isPlainGap } from './helpers.js';

export interface RuleContext {
  text: string;
  tokens: readonly Token[];
  /** Words that also occur in lower case somewhere in the article. */
  lowercaseWords: ReadonlySet<string>;
  /** How often each word occurs capitalized away from a sentence start. */
  midSentenceCounts: ReadonlyMap<string, number>;
  /** Capitalized words that also stand alone (no capitalized neighbour), mid-sentence: "Braun" beside "Scooter Braun". */
  standaloneWords: ReadonlySet<string>;
  /** Capitalized words seen right before a product noun ("Gripen jets"), and words seen acting ("X said", "X's"). */
  productUses: ReadonlyMap<string, number>;
  actingUses: ReadonlyMap<string, number>;
  /** Acronyms the text defines after a capitalized name: "(NTU)" -> "National Transit Union". */
  definitions: ReadonlyMap<string, string>;
  /** Acronyms the text defines as lower-case terms ("synthetic aperture radar (SAR)") or spells as hardware names. */
  termAcronyms: ReadonlySet<string>;
  /** All-capital words only ever written before a lower-case noun ("FPV units", "EPO tests"): terms, not bodies. */
  modifierOnlyAcronyms: ReadonlySet<string>;
  /** Names written after a ship prefix ("JS Takanami"): later "the Takanami" is the vessel too. */
  vesselNames: ReadonlySet<string>;
  /** Written mostly in English: the capitalization cues below only hold for English. */
  english: boolean;
  /** Gazetteer answers already given for this article (see countryNamed). */
  gazetteer: GazetteerMemo;
  /** The name tagger's spans (tagger/index.ts), in text order; empty when it did not run. */
  names: readonly TaggedName[];
}

/** The context every rule reads, built once per article. */
export function createRuleContext(text: string, tokens: readonly Token[], english: boolean, names: readonly TaggedName[] = []): RuleContext {
  const lowercaseWords = new Set<string>();
  const midSentenceCounts = new Map<string, number>();
  const standaloneWords = new Set<string>();
  const productUses = new Map<string, number>();
  const actingUses = new Map<string, number>();
  const vesselNames = new Set<string>();
  const count = (m: Map<string, number>, w: string): void => {
    m.set(w, (m.get(w) ?? 0) + 1);
  };
  const acronymsAsModifier = new Set<string>();
  const acronymsAlone = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.text.length >= 2 && t.text.length <= 6 && startsUpper(t.text) && /^\p{Lu}{2,6}$/u.test(t.text)) {
      const after = tokens[i + 1];
      const modifies = !t.possessive && after !== undefined && isPlainGap(text, t, after) && isModifiedNoun(after.text);
      (modifies ? acronymsAsModifier : acronymsAlone).add(t.text);
    }
    // Every ship prefix is capitalized: lower-case words skip the lookup.
    if (t.capitalized && SHIP_PREFIXES.has(t.text) && tokens[i + 1]?.capitalized) vesselNames.add(tokens[i + 1]!.text);
    if (startsLower(t.text)) {
      lowercaseWords.add(t.text);
      continue;
    }
    const next = tokens[i + 1];
    const nextJoined = next && isPlainGap(text, t, next);
    if (nextJoined && PRODUCT_NOUNS_AFTER.has(next.text)) count(productUses, t.text);
    if (t.possessive || (nextJoined && (SUBJECT_VERBS.has(next.text) || next.text === 'are' || next.text === 'were'))) count(actingUses, t.text);
    if (t.sentenceStart) continue;
    midSentenceCounts.set(t.text, (midSentenceCounts.get(t.text) ?? 0) + 1);
    const prev = tokens[i - 1];
    const joinedBefore = prev && prev.capitalized && isPlainGap(text, prev, t);
    const joinedAfter = nextJoined && next.capitalized;
    if (!joinedBefore && !joinedAfter && t.capitalized) standaloneWords.add(t.text);
  }
  return {
    text, tokens, lowercaseWords, midSentenceCounts, standaloneWords, productUses, actingUses, vesselNames,
    definitions: acronymDefinitions(text), termAcronyms: termAcronyms(text, tokens), english,
    modifierOnlyAcronyms: new Set([...acronymsAsModifier].filter((a) => !acronymsAlone.has(a))),
    gazetteer: newGazetteerMemo(), names,
  };
}

/**
 * A lower-case noun that an acronym before it can modify ("units", "tests",
 * "rules"), not a verb it is the subject of ("said", "plans", "has"): plural
 * -s forms of verbs that are also nouns count as nouns, except acting verbs.
 */
function isModifiedNoun(word: string): boolean {
  if (!/^\p{Ll}[\p{Ll}-]+$/u.test(word) || isFunctionWord(word) || /(?:ed|ly)$/.test(word)) return false;
  if (word === 'has' || word === 'is' || word === 'was' || word === 'does') return false;
  // "CDC scientists", "NYPL patrons": people of the body, so the acronym names a body; "ABC top": an adjective.
  if (ROLE_NOUNS.has(word) || ROLE_NOUNS.has(word.replace(/s$/, '')) || /(?:er|or|ist|ian)s?$/.test(word) || isAdjectiveOnly(word)) return false;
  if (!isVerbForm(word)) return true;
  if (!word.endsWith('s')) return false;
  const stem = word.endsWith('es') && !isVerbForm(word.slice(0, -1)) ? word.slice(0, -2) : word.slice(0, -1);
  return !ACTING_VERB_STEMS.has(stem);
}
