/**
 * What the words before a class word say about it, read nearest first:
 * class modifiers, then a model, then an origin or adjectives, then a count
 * (readLeft). The class-word rule and its noun/context checks use the result.
 */
import {
  ACRONYM_MODIFIERS, ADJECTIVES_OUTSIDE_NAME, CELESTIAL_MODIFIERS, CLASS_MODIFIERS, DESCRIPTIVE_MODIFIERS, INSTITUTION_WORDS, MAKERS,
  NAMED_LIKE_MISSIONS, ORDINALS_OF_ANOTHER, type HeadClass,
} from '../lexicon.js';
import { isCapitalized, startsSentence, tokensBefore, type Token } from '../tokens.js';
import { countEndingAt } from '../quantity.js';
import { isDesignator, isKnownName, originAttribute, PLAIN_CAPITALIZED } from './attributes.js';
import { singularClassWord } from './class-forms.js';

export interface LeftReading {
  modifiers: Token[];
  model: Token[];
  properName: Token[];
  origin: string | null;
  /** The farthest origin word, where the mention's span starts. */
  originToken: Token | null;
  /** The word the origin was read from, as written ("Russian-made"). */
  originWord: string | null;
  quantity: number | null;
  /** The count as written when it is not exact ("dozens of"), else null. */
  quantityText: string | null;
  /** The word where reading stopped, lower case ('' at the start of a sentence). */
  stopWord: string;
  /** The word before the stop word, lower case ('' when none). */
  stopWordBefore: string;
  /** The stop word is capitalized inside the sentence: a name before the class ("1.9 million Explorer SUVs"). */
  stopIsName: boolean;
  nounContext: boolean;
  /** An ordinal such as "second" stood before the class. */
  ordinal: boolean;
  /** How directly the origin word says where the thing was made (originRank). */
  originRank: number;
}

/** "Russian-made" says where it was made (2), "Russian" where it is from (1), "Russia's" only whose it is (0). */
function originRank(word: string): number {
  if (/-(?:made|built|designed|manufactured|produced|developed)$/i.test(word)) return 2;
  return /['’]s$/.test(word) ? 0 : 1;
}

/** Reads the words before a class word, nearest first: modifiers, then model, then origin/adjectives, then a count. */
export function readLeft(text: string, start: number, head: HeadClass, titleCase: boolean, properHead: boolean): LeftReading {
  const reading: LeftReading = {
    modifiers: [], model: [], properName: [], origin: null, originToken: null, originWord: null, quantity: null, quantityText: null, stopWord: '', stopWordBefore: '',
    stopIsName: false,
    nounContext: false, ordinal: false, originRank: -1,
  };
  let stage: 'modifiers' | 'model' | 'before' = 'modifiers';
  // A class word before the head classifies it ("bomber drone", "attack helicopter gunship"), and
  // brings its own modifiers ("heavy bomber drone").
  let modifierHead: HeadClass | null = null;
  const tokens = tokensBefore(text, start, 8);
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    const lower = token.text.toLowerCase();
    if (properHead && stage !== 'before' && isCapitalized(token.text) && !titleCase) {
      if (/^the$/i.test(token.text)) {
        reading.nounContext = true;
        break;
      }
      if (/['’]s$/.test(token.text)) break; // "NASA's Hubble Space Telescope": the owner, not the name
      reading.properName.unshift(token);
      continue;
    }
    const origin = originAttribute(token.text);
    if (origin !== null && (isCapitalized(token.text) || titleCase)) {
      // "Algeria's Russian-made jets": where it was made outranks whose it is (a possessive names the owner).
      const rank = originRank(token.text);
      if (reading.origin === null || rank > reading.originRank) {
        reading.origin = origin;
        reading.originWord = token.text;
        reading.originRank = rank;
      }
      reading.originToken = token;
      reading.nounContext = true;
      stage = 'before';
      continue;
    }
    // A sentence's first word is capitalized by grammar, not because it is a name.
    const lowercaseWord = !isCapitalized(token.text) || titleCase || startsSentence(text, token.start)
      || CELESTIAL_MODIFIERS.has(lower);
    if (stage === 'modifiers' && lowercaseWord && (isClassModifier(lower, head) || (modifierHead && isClassModifier(lower, modifierHead))
      || CALIBER.test(token.text))) {
      reading.modifiers.unshift(token);
      continue;
    }
    const classWord = stage === 'modifiers' && lowercaseWord ? singularClassWord(lower) : null;
    if (classWord && modifierHead === null) {
      reading.modifiers.unshift(token);
      modifierHead = classWord;
      continue;
    }
    if (stage === 'modifiers' && isAcronymModifier(token.text)) {
      reading.modifiers.unshift(token);
      continue;
    }
    if (stage !== 'before' && (isModelToken(token, tokens[k + 1], reading.model[0], titleCase, tokens[k + 2])
      || (stage === 'modifiers' && reading.modifiers.every((m) => CELESTIAL_MODIFIERS.has(m.text.toLowerCase()))
        && isMissionName(text, token, head, titleCase)))) {
      reading.model.unshift(token);
      stage = 'model';
      continue;
    }
    // A count ends the phrase ("12", "dozens of", "between 10 and 15"); read before the adjectives,
    // since "several" and "few" are both.
    const count = countEndingAt(text, token.end);
    if (count !== null) {
      reading.quantity = count.value;
      reading.quantityText = count.text;
      reading.nounContext = true;
      break;
    }
    if (lowercaseWord && (ADJECTIVES_OUTSIDE_NAME.has(lower) || DESCRIBING_COMPOUND.test(lower))) {
      reading.nounContext = true;
      if (ORDINALS_OF_ANOTHER.has(lower)) reading.ordinal = true;
      stage = 'before';
      continue;
    }
    if (/['’]s$/.test(token.text)) reading.nounContext = true; // "Iran's drones"
    reading.stopWord = lower;
    reading.stopWordBefore = tokens[k + 1]?.text.toLowerCase() ?? '';
    reading.stopIsName = PLAIN_CAPITALIZED.test(token.text) && !titleCase && !startsSentence(text, token.start);
    break;
  }
  if (reading.modifiers.length > 0 || reading.model.length > 0) reading.nounContext = true;
  return reading;
}

/** An acronym in capitals that classifies the hardware ("FPV", "LNG"; "FPVs" is not a modifier). */
export function isAcronymModifier(word: string): boolean {
  return ALL_CAPS_MODIFIER.test(word) && ACRONYM_MODIFIERS.has(word.toLowerCase());
}
const ALL_CAPS_MODIFIER = /^(?:\p{Lu}{2,6}|\p{Ll}\p{Lu}{3,5}|C-UAS)$/u;

function isClassModifier(lower: string, head: HeadClass): boolean {
  if (head.requiredModifiers?.has(lower)) return true;
  if (DESCRIPTIVE_MODIFIERS.has(lower)) return false;
  return CLASS_MODIFIERS.has(lower);
}

/**
 * Whether a word before the class is part of the model. `further` is the next
 * word to the left, `nearer` the model word already read to its right.
 * Bare numbers are models only beside a name ("Falcon 9") or as a type number
 * of three or more digits before a variant name ("737 Max"), else they are
 * counts ("30 Boeing jets", "12 Gripen jets"). A variant letter or Roman
 * numeral belongs to the name before it ("Gripen E", "Cobra II"), and so does
 * a capitalized word after a maker ("Bayraktar Akinci").
 */
function isModelToken(token: Token, further: Token | undefined, nearer: Token | undefined, titleCase: boolean,
  furtherStill?: Token): boolean {
  if (isCountRange(token.text)) return false;
  // "Block 3", "Type 055", "Mk 41": a number after a variant word is part of the model, not a count.
  if (/^\d+(?:\/\d+)?$/.test(token.text) && further !== undefined && VARIANT_WORDS.test(further.text)) return true;
  if (VARIANT_WORDS.test(token.text) && nearer !== undefined && /^\d/.test(nearer.text)) return true;
  // "Kilo-class submarine", "Arleigh Burke-class destroyer": the ship class is the model.
  if (SHIP_CLASS_NAME.test(token.text)) return true;
  if (nearer !== undefined && SHIP_CLASS_NAME.test(nearer.text) && PLAIN_CAPITALIZED.test(token.text)
    && !INSTITUTION_WORDS.has(token.text.toLowerCase()) && originAttribute(token.text) === null) {
    return true;
  }
  if (/^\d+$/.test(token.text)) {
    return (further !== undefined && isKnownName(further.text))
      || (/^\d{3,4}$/.test(token.text) && nearer !== undefined && isCapitalized(nearer.text) && !isDesignator(nearer.text)
        && !isKnownName(nearer.text));
  }
  if (isDesignator(token.text)) return true;
  if (titleCase || !isCapitalized(token.text)) return false;
  // "Apache Guardian", "Super Etendard": a plain name beside a known name, or two plain names after an origin.
  if (PLAIN_CAPITALIZED.test(token.text) && !INSTITUTION_WORDS.has(token.text.toLowerCase()) && originAttribute(token.text) === null) {
    if (further !== undefined && isKnownName(further.text) && nearer === undefined) return true;
    if (further !== undefined && furtherStill !== undefined && nearer === undefined && PLAIN_CAPITALIZED.test(further.text)
      && originAttribute(further.text) === null && !INSTITUTION_WORDS.has(further.text.toLowerCase())
      && isCapitalized(furtherStill.text) && originAttribute(furtherStill.text) !== null) {
      return true;
    }
    if (nearer !== undefined && PLAIN_CAPITALIZED.test(nearer.text) && further !== undefined && isCapitalized(further.text)
      && originAttribute(further.text) !== null) {
      return true;
    }
  }
  if (further !== undefined && VARIANT_SUFFIX.test(token.text)) return isKnownName(further.text) || isDesignator(further.text);
  if (further !== undefined && MAKERS.has(further.text.toLowerCase()) && PLAIN_CAPITALIZED.test(token.text)) return true;
  // "an Israeli Merkava tank", "Iranian Fateh missiles": a plain name between an origin and the class is its model.
  if (further !== undefined && nearer === undefined && PLAIN_CAPITALIZED.test(token.text) && isCapitalized(further.text)
    && originAttribute(further.text) !== null && originAttribute(token.text) === null
    && !INSTITUTION_WORDS.has(token.text.toLowerCase())) {
    return true;
  }
  return isKnownName(token.text) || (further !== undefined && isDesignator(further.text) && !/^\d{1,2}$/.test(further.text)
    && !ALL_CAPS.test(token.text));
}

/**
 * Two small numbers joined by a hyphen, the lower first, are a range of
 * counts ("10-15 howitzers"), not a type number ("737-800", "777-300").
 */
function isCountRange(word: string): boolean {
  const m = /^(\d{1,2})[-–](\d{1,3})$/.exec(word);
  return m !== null && Number(m[1]) < Number(m[2]);
}

/** Compounds that say what a thing carries or where it is ("explosive-laden", "Iran-backed" is an origin word). */
const DESCRIBING_COMPOUND = /^[\p{Ll}]+-(?:laden|packed|rigged|filled|loaded|carrying|armed|equipped|capable|based|fitted|mounted|operated|owned|flagged)$/u;

/** Words that number a version of a model ("Block 3", "Type 055", "Mk 41", "Batch 2"). */
const VARIANT_WORDS = /^(?:Block|Batch|Flight|Mk|Mark|Type|Model|Series|Increment|Lot|Tranche|Version)$/;

/** A ship class named for its first ship ("Kilo-class", "Burke-class"). */
const SHIP_CLASS_NAME = /^\p{Lu}[\p{L}\p{N}]*-class$/u;

/** A calibre classifies a gun or its ammunition ("155mm howitzer", "12.7mm machine gun"). */
const CALIBER = /^\d{1,3}(?:\.\d{1,2})?-?mm$/i;

/** A variant letter or Roman numeral after a model name ("E" in "Gripen E", "II" in "Cobra II"). */
const VARIANT_SUFFIX = /^(?:\p{Lu}|II|III|IV|V|VI|VII|VIII)$/u;

const ALL_CAPS = /^\p{Lu}{2,}$/u;

/**
 * A capitalized word right before a space-hardware class is its name. Only
 * a plain capitalized word ("Galileo", not "NASA" or "SpaceX", which are
 * operators), not a country or demonym, not the sentence's first word.
 */
function isMissionName(text: string, token: Token, head: HeadClass, titleCase: boolean): boolean {
  return NAMED_LIKE_MISSIONS.has(head.family) && !titleCase && PLAIN_CAPITALIZED.test(token.text)
    && !startsSentence(text, token.start) && originAttribute(token.text) === null;
}
