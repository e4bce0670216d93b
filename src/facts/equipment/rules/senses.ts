/**
 * Whether a class word is used here in its hardware sense: as a noun, not a
 * verb ("we ship", "ships the"), not a way of travelling ("by boat"), not a
 * comparison ("sounded like a plane").
 */
import { DETERMINERS, type HeadClass } from '../lexicon.js';
import { originAttribute, quantityAttribute } from './attributes.js';
import { INSTITUTION_WORDS, type LeftReading } from './left-reading.js';

// Words before a class word that show it is a verb ("to bomb", "we ship").
const VERB_SUBJECTS: ReadonlySet<string> = new Set([
  'i', 'we', 'you', 'he', 'she', 'it', 'they', 'to', 'will', 'would', 'can', 'could', 'may', 'might', 'should', 'must',
  'does', 'did', 'do', 'shall', 'who', 'that', 'which',
]);
// Words after a class word that show it is a verb ("ships the", "drones on").
const VERB_OBJECTS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'them', 'him', 'us', 'me', 'it', 'this', 'these',
  'those', 'out', 'off', 'up', 'down', 'away',
]);

// Words before a bare plural that show it is a noun after a verb ("sent tanks", "fired rockets").
const VERBS_BEFORE_PLURALS: ReadonlySet<string> = new Set([
  'sent', 'send', 'sends', 'bought', 'buy', 'buys', 'sold', 'sell', 'sells', 'shot', 'built', 'build', 'builds', 'got',
  'get', 'gets', 'made', 'make', 'makes', 'had', 'has', 'have', 'use', 'uses', 'fire', 'fires', 'fly', 'flies', 'flew',
  'flown', 'own', 'owns', 'saw', 'seen', 'see', 'lost', 'lose', 'hit', 'took', 'take', 'takes', 'gave', 'give', 'gives',
  'deploy', 'deploys', 'launch', 'launches', 'supply', 'supplies', 'provide', 'provides', 'deliver', 'delivers',
  'drop', 'drops', 'carry', 'carries', 'operate', 'operates', 'and', 'or', 'nor', 'than', 'are', 'were', 'was', 'is',
]);
// Words that open a clause or phrase, after which a class word is a noun ("if bombs", "via ships").
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'if', 'when', 'while', 'because', 'although', 'though', 'whether', 'where', 'unless', 'until', 'since', 'once', 'via',
  'under', 'over', 'through', 'across', 'near', 'behind', 'beside', 'between', 'among', 'after', 'before', 'without',
  'within', 'toward', 'towards', 'inside', 'outside', 'about', 'around', 'onboard', 'aboard', 'using', 'not',
]);

/** Heads that are also ways to travel ("by plane", "on a plane to Kyiv"). */
const MEANS_OF_TRAVEL: ReadonlySet<string> = new Set(['plane', 'airplane', 'aeroplane', 'jet', 'helicopter', 'boat', 'ship',
  'car', 'bus', 'train', 'tram', 'ferry', 'taxi', 'truck', 'van', 'yacht', 'chopper']);

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
