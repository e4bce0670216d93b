/**
 * Whether a class word is used here in its hardware sense: as a noun, not a
 * verb ("we ship", "ships the"), not a way of travelling ("by boat"), not a
 * comparison ("sounded like a plane").
 */
import {
  CLAUSE_OPENERS, DETERMINERS, INSTITUTION_WORDS, MEANS_OF_TRAVEL, VERB_OBJECTS, VERB_SUBJECTS, VERBS_BEFORE_PLURALS, type HeadClass,
} from '../lexicon.js';
import { originAttribute, quantityAttribute } from './attributes.js';
import type { LeftReading } from './left-reading.js';

/**
 * A way of travelling, not a piece of hardware: "by" with a bare singular or
 * a list of them ("by boat", "by train, airplane"), and "on/boarded a plane
 * to/from/home". A person's trip is not a story about the aircraft.
 */
export function isTravelIdiom(text: string, start: number, end: number, head: HeadClass): boolean {
  const surface = text.slice(start, end).toLowerCase();
  if (!MEANS_OF_TRAVEL.has(surface)) return false; // singular only: "attacked by planes" is hardware
  const before = text.slice(Math.max(0, start - 40), start);
  if (/\bby\s+(?:[\p{L}-]+\s*,\s*|[\p{L}-]+\s+or\s+){0,3}$/iu.test(before)) return true;
  return /\b(?:on|onto|boarded|board|boards|boarding|took|take|takes|taking|caught|catch|catches|got|get|gets|hopped|hop)\s+(?:a|an|the)\s+$/i.test(before)
    && /^\s+(?:to|from|back|home|bound)\b/i.test(text.slice(end, end + 8));
}

// "sounded like a passing propeller plane": a comparison names no hardware in the story.
const COMPARISON_BEFORE = /\b(?:sound|sounds|sounded|sounding|look|looks|looked|looking|feel|feels|felt|seem|seems|seemed)\s+like\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

export function isComparison(text: string, start: number): boolean {
  return COMPARISON_BEFORE.test(text.slice(Math.max(0, start - 60), start));
}

// "a missile of a shot", "his rocket of a goal": "a X of a Y" praises the Y; "a missile of a new type" is still one.
const FIGURE_BEFORE = /\b(?:a|an|his|her|their|that|what)\s+$/i;
const FIGURE_AFTER = /^\s+of\s+(?:a|an)\s+(?!(?:\p{L}+\s+)?(?:type|kind|sort|class|model|design|variant|version)\b)/iu;

// "she was a tank", "he is a rocket": a person called by a hardware word.
const PERSON_PREDICATE = /\b(?:he|she|i|you|they|we)\s+(?:is|was|were|are|am|became|becomes|has been|had been)\s+(?:a|an)\s+(?:[\p{Ll}-]+\s+)?$/iu;

/** A class word used as a figure of speech for something else ("a rocket of a goal", "she was a tank"). */
export function isFigureOfSpeech(text: string, start: number, end: number): boolean {
  if (PERSON_PREDICATE.test(text.slice(Math.max(0, start - 40), start))) return true;
  return FIGURE_BEFORE.test(text.slice(Math.max(0, start - 8), start)) && FIGURE_AFTER.test(text.slice(end, end + 40));
}

/**
 * Whether an ambiguous class word ("ship", "rocket", "bomb", "tank") is used
 * as a noun here: something noun-like stands before it (determiner, count,
 * modifier, model, origin, adjective), or it starts the sentence, or - for a
 * plural - a verb stands before it ("fired rockets"). Never when a verb's
 * subject stands before it or an object follows it ("we ship", "ships the").
 */
export function isNounUse(left: LeftReading, afterWord: string, plural: boolean): boolean {
  if (left.nounContext) return true;
  if (VERB_SUBJECTS.has(left.stopWord) || VERB_OBJECTS.has(afterWord)) return false;
  if (left.stopWord === '' || DETERMINERS.has(left.stopWord) || CLAUSE_OPENERS.has(left.stopWord)) return true;
  // "a capable drone", "his Navy jet": an unlisted adjective or name after a determiner.
  // A plural there is more often a verb ("the device ships next year").
  if (!plural && DETERMINERS.has(left.stopWordBefore)) return true;
  if (left.stopIsName && (DETERMINERS.has(left.stopWordBefore) || quantityAttribute(left.stopWordBefore) !== null)) return true;
  // "a Russian Navy ship", "Chinese Coast Guard vessels": an operator's name after an origin.
  if (left.stopWordBefore !== '' && originAttribute(left.stopWordBefore) !== null && INSTITUTION_WORDS.has(left.stopWord)) return true;
  return plural && (VERBS_BEFORE_PLURALS.has(left.stopWord) || /(?:ed|ing)$/.test(left.stopWord));
}
