/**
 * Contexts that make a broad class word hardware without a modifier: the
 * words of its sentence (aviation, air combat, rocketry, a vehicle as a
 * thing) or a story about vehicles as products.
 */
import { DETERMINERS, PLACE_PREPOSITIONS, type HeadClass } from '../lexicon.js';
import { isCapitalized, type Token } from '../tokens.js';
import type { LeftReading } from './left-reading.js';
import type { RuleContext } from './rule.js';
import { isNounUse } from './senses.js';

// Aviation in the sentence: "bombers flew", "scrambled fighters", "fighters intercepted".
const AVIATION_WORDS = /\b(?:fl(?:y|ies|ying|ew|own)|scrambl(?:e|es|ed|ing)|intercept(?:s|ed|ing|ion|ions)?|airspace|sorties?|took off|take off|taking off|landed|air ?bases?|airfields?|runways?|squadrons?|escort(?:s|ed|ing)|air force|air-to-air|afterburners?|bombing runs?|cockpits?|pilots?|warplanes?|jets?|aircraft)\b/i;
// Air combat in the sentence, for "fighters": words of aircraft, not of fighting people ("flew home" is travel).
const AIR_COMBAT_WORDS = /\b(?:scrambl(?:e|es|ed|ing)|intercept(?:s|ed|ing|ion|ions)?|airspace|sorties?|squadrons?|air force|afterburners?|air-to-air|dogfights?|cockpits?|took off|take off|taking off|air ?bases?|runways?)\b/i;
// Rocketry in the sentence: "the booster landed", "the lunar module separated".
const SPACE_WORDS = /\b(?:launch(?:es|ed|ing)?|lift-?off|orbit(?:s|al|ed|ing)?|rockets?|landed|landing|separat(?:ed|ion)|splash(?:ed)? ?down|spacecraft|astronauts?|launch ?pad|stages?|moon|lunar|mars)\b/i;
// A vehicle as a thing, not as travel: it is recalled, built, delivered, crashed, derailed.
const THING_WORDS = /\b(?:recall(?:s|ed|ing)?|deliver(?:ed|ies)|manufactur(?:e|es|ed|ing|er|ers)|assembl(?:e|ed|es|ing|y)|crash(?:ed|es)|derail(?:s|ed|ing|ment|ments)?|collided|collision|overturned|plunged|plowed|ploughed|rammed|exploded|caught fire|burst into flames|unveil(?:s|ed|ing)?|prototypes?|automakers?|carmakers?|built|torched|set ablaze|set on fire|hijack(?:ed|ing)?|seized|test drive|crash-tested)\b/i;
// A strike on the thing: "a strike destroyed two vehicles", "shells hit the market", "fired rounds at".
const COMBAT_WORDS = /\b(?:destroy(?:s|ed|ing)?|damag(?:e|es|ed|ing)|struck|strikes?|airstrikes?|air strikes?|target(?:s|ed|ing)|engag(?:e|es|ed|ing)|fir(?:e|es|ed|ing) (?:at|on|into|toward|towards)|fired|shell(?:ed|ing)|intercept(?:s|ed|ing|ion|ions)?|incoming|shot down|detonat(?:e|es|ed|ing)|ambush(?:ed)?|convoys?)\b/i;

// Arms moving, kept or used: "supplied weapons", "a weapons cache", "smuggled weapons", "fired their weapons".
const ARMS_WORDS = /\b(?:suppl(?:y|ies|ied|ying)|deliver(?:s|ed|ing|y|ies)?|sen[dt]|sending|ship(?:ped|ments?)|smuggl(?:e|ed|ing|ers?)|seiz(?:e|ed|ing|ure)|captur(?:e|ed|ing)|cache|caches|stockpiles?|arsenals?|fired|firing|used|transfer(?:s|red)?|provid(?:e|ed|ing)|donat(?:e|ed|ion)|laid down|surrender(?:ed)?|handed over|depot|depots)\b/i;

// A story about vehicles as products: two or more of these words anywhere in it.
const VEHICLE_STORY_WORDS = /\b(?:automakers?|carmakers?|car ?makers?|auto ?industry|recalls?|recalled|deliveries|auto show|motor show|model year|dealerships?|electric vehicles?|EVs|sedans?|SUVs|horsepower|drivetrains?)\b/gi;

/** True when two or more words of a vehicle-products story stand in the text. */
export function isVehicleStory(text: string): boolean {
  VEHICLE_STORY_WORDS.lastIndex = 0;
  let count = 0;
  while (VEHICLE_STORY_WORDS.exec(text) !== null) if (++count >= 2) return true;
  return false;
}

// Context words count within this many characters of the mention: a clause
// longer than that is a run-on text, where far words say nothing about it.
const SENTENCE_REACH = 240;

/**
 * A needsModifier head without its modifier still counts in its context:
 * aviation words for bombers and fighters, rocketry for boosters and modules,
 * and for road and rail vehicles a sentence about the vehicle as a thing or a
 * story about vehicles as products. The word must read as a noun, and not
 * lead a name ("van Gogh").
 */
export function inQualifyingContext(context: RuleContext, start: number, end: number, head: HeadClass, left: LeftReading,
  after: Token | undefined, plural: boolean): boolean {
  if (!head.context) return false;
  if (after && isCapitalized(after.text)) return false;
  if (!isNounUse(left, after?.text.toLowerCase() ?? '', plural)) return false;
  // "charging in the car", "got off the bus": a place people are in, not a thing the story is about.
  if (head.context === 'thing' && DETERMINERS.has(left.stopWord) && PLACE_PREPOSITIONS.has(left.stopWordBefore)) return false;
  const { text } = context;
  const sentence = context.clauseAround(start, end, SENTENCE_REACH);
  // The head itself ("jets" in "fighter jets") does not count as its own context.
  if (head.context === 'aviation') return AVIATION_WORDS.test(sentence.replace(text.slice(start, end), ' '));
  if (head.context === 'airCombat') return AIR_COMBAT_WORDS.test(sentence);
  if (head.context === 'space') return SPACE_WORDS.test(sentence);
  if (head.context === 'combat') return COMBAT_WORDS.test(sentence.replace(text.slice(start, end), ' '));
  if (head.context === 'arms') return ARMS_WORDS.test(sentence) || COMBAT_WORDS.test(sentence);
  if (THING_WORDS.test(sentence) || COMBAT_WORDS.test(sentence)) return true;
  // The bare word "vehicle" is too broad to count on the story alone ("the top-selling vehicle").
  if (head.canonical === 'vehicle') return false;
  return context.aboutVehicles ? context.aboutVehicles() : isVehicleStory(text);
}
