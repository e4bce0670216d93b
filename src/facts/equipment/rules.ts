/**
 * The equipment rules. Each finds candidate mentions of one shape:
 * - hardwareClassLexicon: a class word ("missile", "transport plane") with the
 *   words before it read for class modifiers, a model, an origin and a count;
 * - modelDesignator: a designator with a known military prefix standing alone ("S-400s");
 * - makerModel: a known maker followed by a model ("Boeing 787");
 * - namedVessel: a ship prefix and name ("USS Carl Vinson").
 * Attributes come from two small readers used by all rules: originAttribute
 * and quantityAttribute.
 */
import {
  ACRONYM_MODIFIERS, ADJECTIVES_OUTSIDE_NAME, CLASS_MODIFIERS, DESCRIPTIVE_MODIFIERS, DESIGNATOR_PREFIXES, DETERMINERS, HEAD_CLASSES, MAKERS,
  NUMBER_WORDS, SHIP_PREFIXES, SYSTEM_NAMES, TWO_DIGIT_PREFIXES, WEAK_SHIP_PREFIXES, type HeadClass,
} from './lexicon.js';
import { countryOfOriginWord } from './origin.js';
import {
  adjacent, isCapitalized, startsSentence, tokensAfter, tokensBefore, type Token, type Word,
} from './tokens.js';

/** One mention of a piece of hardware, before mentions of the same thing are merged. */
export interface Candidate {
  start: number;
  end: number;
  /** The class phrase as it should be named: modifiers + singular head ("cargo spaceship"). */
  classPhrase: string;
  /** The class phrase in the plural when this mention is plural ("patrol boats"), else null. */
  pluralPhrase: string | null;
  /** The canonical merge key of the class ("cargo spaceship" for "cargo space ships"). */
  classKey: string;
  canonicalHead: string;
  family: string;
  category: string;
  model: string | null;
  /** A proper name standing before the class ("International" Space Station). */
  properName: string | null;
  origin: string | null;
  quantity: number | null;
  /** Neither modifier nor model: "the missile", "satellites". */
  bare: boolean;
  /** Only adds a mention to an existing entry ("the craft"). */
  anaphoric: boolean;
  /** Said to be another thing than the ones before ("another satellite", "a second drone"). */
  distinct: boolean;
  /** Introduced by "the"/"this": refers to something already in the story. */
  definite: boolean;
}

/** What the rules need to know about the text beyond the characters. */
export interface RuleContext {
  text: string;
  /** Every word of the text (scanWords), shared by all rules. */
  words: readonly Word[];
  /** True when the paragraph holding `offset` is written in title case (a headline). */
  inTitleCase(offset: number): boolean;
  /** True when the story is about vehicles as products (automakers, recalls, deliveries); decided once, on demand. */
  aboutVehicles?(): boolean;
}

// ---------------------------------------------------------------------------
// Lexicon index and the one combined class-word pattern.

interface HeadForm {
  head: HeadClass;
  singular: string;
}

const HEAD_FORMS: ReadonlyMap<string, HeadForm> = (() => {
  const forms = new Map<string, HeadForm>();
  for (const head of HEAD_CLASSES) {
    head.forms.forEach((form, i) => {
      forms.set(form, { head, singular: form });
      const plural = head.plurals[i];
      if (plural !== undefined) forms.set(plural, { head, singular: form });
    });
    for (const plural of head.plurals.slice(head.forms.length)) forms.set(plural, { head, singular: head.forms[0]! });
  }
  return forms;
})();

// Class-word forms by their first word, longest first, so "air defense
// system" wins over "system" and a lookup costs one map access per word.
const FORMS_BY_FIRST_WORD: ReadonlyMap<string, readonly (readonly string[])[]> = (() => {
  const byFirst = new Map<string, string[][]>();
  for (const form of HEAD_FORMS.keys()) {
    const words = form.split(' ');
    const list = byFirst.get(words[0]!) ?? [];
    list.push(words);
    byFirst.set(words[0]!, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
  return byFirst;
})();

/** A possessive ending is not part of the class word ("the spaceship's debris"). */
function withoutPossessive(word: string): string {
  const n = word.length;
  if (n < 3 || (word[n - 1] !== 's' && word[n - 1] !== 'S')) return word;
  return word[n - 2] === "'" || word[n - 2] === '’' ? word.slice(0, -2) : word;
}

/**
 * The class-word form starting at words[i], as the number of words it spans
 * and its HEAD_FORMS entry, or null. Only the last word may carry a possessive.
 */
function matchForm(text: string, words: readonly Word[], i: number): { length: number; key: string } | null {
  const first = words[i]!.lower;
  const options = FORMS_BY_FIRST_WORD.get(first) ?? FORMS_BY_FIRST_WORD.get(withoutPossessive(first));
  if (!options) return null;
  for (const form of options) {
    let ok = true;
    for (let k = 0; k < form.length && ok; k++) {
      const word = words[i + k];
      if (!word || (k > 0 && !adjacent(text, words[i + k - 1]!, word))) ok = false;
      else {
        const lower = word.lower;
        ok = lower === form[k] || (k === form.length - 1 && withoutPossessive(lower) === form[k]);
      }
    }
    if (ok) return { length: form.length, key: form.join(' ') };
  }
  return null;
}

/** Heads that can carry a proper name in capitals ("International Space Station"). */
const PROPER_NAME_HEADS: ReadonlySet<string> = new Set(['space station', 'space telescope', 'iron dome', 'space launch system']);

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
/**
 * Nouns after a class word that make it a description of a person, trade or
 * business, not a mention of the hardware ("the plane maker", "a ship
 * captain", "drone operators", "tank tickets").
 */
const NOUNS_THE_CLASS_ONLY_DESCRIBES: ReadonlySet<string> = new Set([
  'maker', 'makers', 'manufacturer', 'manufacturers', 'builder', 'builders', 'industry', 'industries', 'company',
  'companies', 'firm', 'firms', 'operator', 'operators', 'captain', 'captains', 'enthusiast', 'enthusiasts', 'hobbyist',
  'hobbyists', 'ticket', 'tickets', 'fare', 'fares', 'seat', 'seats', 'sector', 'market', 'markets', 'stock', 'stocks',
  'shares', 'designer', 'designers', 'racing', 'race', 'races', 'ride', 'rides', 'journey', 'journeys', 'trip', 'trips',
]);

/** Heads that are also ways to travel ("by plane", "on a plane to Kyiv"). */
const MEANS_OF_TRAVEL: ReadonlySet<string> = new Set(['plane', 'airplane', 'aeroplane', 'jet', 'helicopter', 'boat', 'ship',
  'car', 'bus', 'train', 'tram', 'ferry', 'taxi', 'truck', 'van', 'yacht', 'chopper']);

/**
 * A way of travelling, not a piece of hardware: "by" with a bare singular or
 * a list of them ("by boat", "by train, airplane"), and "on/boarded a plane
 * to/from/home". A person's trip is not a story about the aircraft.
 */
function isTravelIdiom(text: string, start: number, end: number, head: HeadClass): boolean {
  const surface = text.slice(start, end).toLowerCase();
  if (!MEANS_OF_TRAVEL.has(surface)) return false; // singular only: "attacked by planes" is hardware
  const before = text.slice(Math.max(0, start - 40), start);
  if (/\bby\s+(?:[\p{L}-]+\s*,\s*|[\p{L}-]+\s+or\s+){0,3}$/iu.test(before)) return true;
  return /\b(?:on|onto|boarded|board|boards|boarding|took|take|takes|taking|caught|catch|catches|got|get|gets|hopped|hop)\s+(?:a|an|the)\s+$/i.test(before)
    && /^\s+(?:to|from|back|home|bound)\b/i.test(text.slice(end, end + 8));
}

// "sounded like a passing propeller plane": a comparison names no hardware in the story.
const COMPARISON_BEFORE = /\b(?:sound|sounds|sounded|sounding|look|looks|looked|looking|feel|feels|felt|seem|seems|seemed)\s+like\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

function isComparison(text: string, start: number): boolean {
  return COMPARISON_BEFORE.test(text.slice(Math.max(0, start - 60), start));
}

// Prepositions before a bare singular that read it as a technique ("based on radar", "tracked by radar").
const MASS_NOUN_PREPOSITIONS: ReadonlySet<string> = new Set([
  'on', 'by', 'via', 'using', 'with', 'from', 'of', 'through', 'and', 'or', 'without', 'use',
]);

// Ordinals that introduce one more thing of a class ("a second satellite"); "first" often points back.
const ORDINALS_OF_ANOTHER: ReadonlySet<string> = new Set(['second', 'third', 'fourth', 'fifth']);

// Determiners that let "craft" refer back to a spacecraft ("the craft").
const ANAPHORA_DETERMINERS: ReadonlySet<string> = new Set(['the', 'this', 'that', 'its']);

/**
 * Whether an ambiguous class word ("ship", "rocket", "bomb", "tank") is used
 * as a noun here: something noun-like stands before it (determiner, count,
 * modifier, model, origin, adjective), or it starts the sentence, or - for a
 * plural - a verb stands before it ("fired rockets"). Never when a verb's
 * subject stands before it or an object follows it ("we ship", "ships the").
 */
function isNounUse(left: LeftReading, afterWord: string, plural: boolean): boolean {
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

// ---------------------------------------------------------------------------
// Attribute readers.

/** originAttribute: the country a word before the class points to ("Russian", "Iran's", "US-made"). */
export function originAttribute(word: string): string | null {
  return countryOfOriginWord(word);
}

/** quantityAttribute: a stated count ("30", "1,200", "two", "a dozen"). */
export function quantityAttribute(word: string): number | null {
  if (/^\d{1,3}(?:,\d{3})*$|^\d{1,6}$/.test(word)) {
    const n = Number(word.replace(/,/g, ''));
    return n > 0 ? n : null;
  }
  return NUMBER_WORDS.get(word.toLowerCase()) ?? null;
}

// ---------------------------------------------------------------------------
// Model tokens.

const DESIGNATOR_TOKEN = /^(?:\p{Lu}{1,2}\/\p{Lu}{1,3}-\d{1,4}\p{Lu}{0,2}(?:\/\p{Lu}{1,2})?|\d\p{Lu}{1,2}\d{1,4}\p{Lu}{0,2}|\p{Lu}[\p{L}]{0,7}-?\d[\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)?|\d{2,4}-\d{1,3}|\p{Lu}[\p{L}]{1,10}-\p{Lu}[\p{Lu}\p{N}]{0,4}|\d{2,4}[\p{Lu}]?[\p{L}\p{N}]*|\p{Lu}{1,3}-\d{1,4}[\p{L}\p{N}]*)$/u;

/** A designator-shaped word: "S-400", "T-72B3", "TB2", "787", "Proton-M", "A320neo", variant and index codes "2A4", "9M723". */
export function isDesignator(word: string): boolean {
  return DESIGNATOR_TOKEN.test(word) && !/^\d{4}$/.test(word) && /\p{Lu}|\d/u.test(word);
}

/** A known system or maker name written in capitals ("Patriot", "Boeing"). */
function isKnownName(word: string): boolean {
  const w = word.toLowerCase();
  return isCapitalized(word) && (SYSTEM_NAMES.has(w) || MAKERS.has(w));
}

// ---------------------------------------------------------------------------
// hardwareClassLexicon

interface LeftReading {
  modifiers: Token[];
  model: Token[];
  properName: Token[];
  origin: string | null;
  originToken: Token | null;
  quantity: number | null;
  /** The word where reading stopped, lower case ('' at the start of a sentence). */
  stopWord: string;
  /** The word before the stop word, lower case ('' when none). */
  stopWordBefore: string;
  /** The stop word is capitalized inside the sentence: a name before the class ("1.9 million Explorer SUVs"). */
  stopIsName: boolean;
  nounContext: boolean;
  /** An ordinal such as "second" stood before the class. */
  ordinal: boolean;
}

/** Reads the words before a class word, nearest first: modifiers, then model, then origin/adjectives, then a count. */
function readLeft(text: string, start: number, head: HeadClass, titleCase: boolean, properHead: boolean): LeftReading {
  const reading: LeftReading = {
    modifiers: [], model: [], properName: [], origin: null, originToken: null, quantity: null, stopWord: '', stopWordBefore: '',
    stopIsName: false,
    nounContext: false, ordinal: false,
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
      reading.origin ??= origin;
      reading.originToken = token;
      reading.nounContext = true;
      stage = 'before';
      continue;
    }
    // A sentence's first word is capitalized by grammar, not because it is a name.
    const lowercaseWord = !isCapitalized(token.text) || titleCase || startsSentence(text, token.start)
      || CELESTIAL_MODIFIERS.has(lower);
    if (stage === 'modifiers' && lowercaseWord && (isClassModifier(lower, head) || (modifierHead && isClassModifier(lower, modifierHead)))) {
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
    if (stage !== 'before' && (isModelToken(token, tokens[k + 1], reading.model[0], titleCase)
      || (stage === 'modifiers' && reading.modifiers.every((m) => CELESTIAL_MODIFIERS.has(m.text.toLowerCase()))
        && isMissionName(text, token, head, titleCase)))) {
      reading.model.unshift(token);
      stage = 'model';
      continue;
    }
    if (lowercaseWord && ADJECTIVES_OUTSIDE_NAME.has(lower)) {
      reading.nounContext = true;
      if (ORDINALS_OF_ANOTHER.has(lower)) reading.ordinal = true;
      stage = 'before';
      continue;
    }
    const quantity = quantityAttribute(token.text);
    if (quantity !== null) {
      reading.quantity = quantity;
      reading.nounContext = true;
      break;
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

/** The class of a one-word class form in the singular ("bomber"), which can modify another class word. */
function singularClassWord(lower: string): HeadClass | null {
  const form = HEAD_FORMS.get(lower);
  return form && form.singular === lower ? form.head : null;
}

/** An acronym in capitals that classifies the hardware ("FPV", "LNG"; "FPVs" is not a modifier). */
function isAcronymModifier(word: string): boolean {
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
function isModelToken(token: Token, further: Token | undefined, nearer: Token | undefined, titleCase: boolean): boolean {
  if (/^\d+$/.test(token.text)) {
    return (further !== undefined && isKnownName(further.text))
      || (/^\d{3,4}$/.test(token.text) && nearer !== undefined && isCapitalized(nearer.text) && !isDesignator(nearer.text)
        && !isKnownName(nearer.text));
  }
  if (isDesignator(token.text)) return true;
  if (titleCase || !isCapitalized(token.text)) return false;
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

/** Capitalized words that name who operates hardware, not its model ("Russian Navy ships", "Israeli Army tanks"). */
const INSTITUTION_WORDS: ReadonlySet<string> = new Set([
  'navy', 'army', 'air', 'force', 'forces', 'coast', 'guard', 'marine', 'marines', 'military', 'defense', 'defence',
  'government', 'state', 'federal', 'national', 'royal', 'special', 'border', 'police', 'ministry', 'space', 'aerospace',
  'naval', 'armed', 'republican', 'revolutionary', 'imperial', 'people', 'peoples', 'red', 'central', 'northern',
  'southern', 'eastern', 'western', 'fleet', 'agency', 'company', 'airlines', 'airline', 'railways', 'railway',
]);

/** A designator whose prefix names military hardware on its own ("S-400"), not any code ("12V"). */
function hasKnownPrefix(word: string): boolean {
  const m = STANDALONE_DESIGNATOR.exec(word);
  return m !== null && DESIGNATOR_PREFIXES.has(m[1]!);
}

/** A variant letter or Roman numeral after a model name ("E" in "Gripen E", "II" in "Cobra II"). */
const VARIANT_SUFFIX = /^(?:\p{Lu}|II|III|IV|V|VI|VII|VIII)$/u;

const ALL_CAPS = /^\p{Lu}{2,}$/u;
const ALL_CAPS_WORD = /^\p{Lu}{2,}s?$/u;

/** Celestial bodies are capitalized but classify a vehicle ("Moon lander", "Mars rover"). */
const CELESTIAL_MODIFIERS: ReadonlySet<string> = new Set(['moon', 'mars', 'lunar', 'martian', 'jupiter', 'saturn', 'venus',
  'mercury']);

/** Space hardware is named like a person ("the Cassini spacecraft", "the Perseverance rover"). */
const NAMED_LIKE_MISSIONS: ReadonlySet<string> = new Set(['spacecraft', 'rover', 'satellite', 'telescope']);
const PLAIN_CAPITALIZED = /^\p{Lu}\p{Ll}{2,}$/u;

/**
 * A capitalized word right before a space-hardware class is its name. Only
 * a plain capitalized word ("Galileo", not "NASA" or "SpaceX", which are
 * operators), not a country or demonym, not the sentence's first word.
 */
function isMissionName(text: string, token: Token, head: HeadClass, titleCase: boolean): boolean {
  return NAMED_LIKE_MISSIONS.has(head.family) && !titleCase && PLAIN_CAPITALIZED.test(token.text)
    && !startsSentence(text, token.start) && originAttribute(token.text) === null;
}

/** A designator after the class word, in apposition ("the cargo ship Progress MS-04"). */
function readRightModel(text: string, end: number): Token[] {
  const tokens = tokensAfter(text, end, 3);
  const model: Token[] = [];
  for (const token of tokens) {
    if (isDesignator(token.text) && !/^\d+$/.test(token.text)) model.push(token);
    else if (model.length === 0 && isKnownName(token.text)) model.push(token);
    else break;
  }
  return model.some((t) => isDesignator(t.text)) ? model : [];
}

function joinTokens(tokens: readonly Token[]): string {
  return tokens.map((t) => t.text).join(' ');
}

/** The class word at words[i] is a noun modifier: another class word, maybe after one class modifier, follows it. */
function describesNextClassWord(context: RuleContext, i: number): boolean {
  const { text, words } = context;
  const next = words[i];
  if (!next || !adjacent(text, words[i - 1]!, next)) return false;
  if (matchForm(text, words, i)) return true;
  if (!CLASS_MODIFIERS.has(next.lower)) return false;
  const further = words[i + 1];
  return further !== undefined && adjacent(text, next, further) && matchForm(text, words, i + 1) !== null;
}

/** hardwareClassLexicon: every class word in the text, read with its modifiers, model, origin and count. */
export function hardwareClassLexicon(context: RuleContext): Candidate[] {
  const { text, words } = context;
  const out: Candidate[] = [];
  for (let i = 0; i < words.length; i++) {
    const match = matchForm(text, words, i);
    if (!match) continue;
    const last = words[i + match.length - 1]!;
    const end = last.start + withoutPossessive(last.text).length;
    const candidate = readClassWord(context, words[i]!.start, end, HEAD_FORMS.get(match.key)!, i + match.length);
    if (candidate) out.push(candidate);
    i += match.length - 1;
  }
  return out;
}

function readClassWord(context: RuleContext, start: number, end: number, form: HeadForm, nextWord: number): Candidate | null {
  const { text } = context;
  const { head } = form;
  const surface = text.slice(start, end);
  const titleCase = context.inTitleCase(start);
  const properHead = PROPER_NAME_HEADS.has(form.singular);
  if (isCapitalized(surface) && !titleCase && !startsSentence(text, start) && !(head.acronym && ALL_CAPS_WORD.test(surface))) {
    // A capitalized class word inside a sentence is part of a name ("Shark Tank", "Rocket Lab"),
    // unless the name is the thing itself ("International Space Station").
    if (!properHead) return null;
  }
  const before = tokensBefore(text, start, 2);
  const after = tokensAfter(text, end, 1)[0];
  const beforeWord = before[0]?.text.toLowerCase() ?? '';
  const afterWord = after?.text.toLowerCase() ?? '';
  if (head.blockBefore?.has(beforeWord) || head.blockAfter?.has(afterWord)) return null;
  if (NOUNS_THE_CLASS_ONLY_DESCRIBES.has(afterWord) || isTravelIdiom(text, start, end, head)
    || isComparison(text, start)) {
    return null;
  }
  if (before.length === 2 && head.blockBeforePair?.has(`${before[1]!.text.toLowerCase()} ${beforeWord}`)) return null;
  if (head.blockAfterPair) {
    const pair = tokensAfter(text, end, 2);
    if (pair.length === 2 && head.blockAfterPair.has(`${pair[0]!.text.toLowerCase()} ${pair[1]!.text.toLowerCase()}`)) return null;
  }
  // "space station cargo ship": a class word right before another one only describes it.
  if (describesNextClassWord(context, nextWord)) return null;
  // "Jets 2, Predators 1": a capitalized plural leading a score line is a team.
  if (before.length === 0 && isCapitalized(surface) && after && /^\d/.test(after.text)) return null;

  const left = readLeft(text, start, head, titleCase, properHead && isCapitalized(surface));
  // A broad head ("system", "launcher", "bomber") needs a class modifier or a model ("HIMARS launchers", "Su-34 bombers").
  // A carmaker's name alone ("his Ford sedan") does not make a road vehicle the story's hardware.
  const modelCounts = left.model.length > 0 && !head.modifierOnly
    && (!head.knownModelOnly || left.model.some((t) => isKnownName(t.text) || hasKnownPrefix(t.text)))
    && !(head.context === 'thing' && left.model.every((t) => MAKERS.get(t.text.toLowerCase()) === 'vehicle'));
  const byContext = head.mode === 'needsModifier' && !modelCounts
    && !left.modifiers.some((t) => head.requiredModifiers?.has(t.text.toLowerCase()));
  if (byContext && !inQualifyingContext(context, start, end, head, left, after, form.singular !== surface.toLowerCase())) {
    return null;
  }
  const singleWord = !form.singular.includes(' '); // "petrol bomb" is never a verb
  if (head.mode === 'nounContext' && singleWord && !isNounUse(left, afterWord, form.singular !== surface.toLowerCase())) {
    return null;
  }
  if (head.mode === 'anaphoric' && !ANAPHORA_DETERMINERS.has(left.stopWord)) return null;
  if (head.massNounSense && left.modifiers.length === 0 && left.model.length === 0 && left.origin === null
    && form.singular === surface.toLowerCase() && MASS_NOUN_PREPOSITIONS.has(left.stopWord)) {
    return null;
  }
  const rightModel = left.model.length === 0 ? readRightModel(text, end) : [];
  const modelTokens = left.model.length > 0 ? left.model : rightModel;
  const model = modelTokens.length > 0 ? joinTokens(modelTokens) : head.named ? titleCaseWords(form.singular) : null;
  // Modifiers are lexicon words, so lower case is their name form even at a sentence start or in a headline.
  // Celestial bodies keep their capital ("Jupiter probe").
  const modifiers = left.modifiers.map((t) => ((CELESTIAL_MODIFIERS.has(t.text.toLowerCase()) && !titleCase)
    || isAcronymModifier(t.text) ? t.text : t.text.toLowerCase()));
  const singular = head.forms.includes(form.singular) ? form.singular : head.forms[0]!;
  // Acronyms keep their capitals and a lower-case plural "s" ("ICBMs", "MANPADS").
  const writtenAs = (word: string) => (head.acronym ? singular.toUpperCase() + word.slice(singular.length)
    : properHead && isCapitalized(surface) && !titleCase ? titleCaseWords(word) : word);
  const headWord = writtenAs(singular);
  const properName = left.properName.length > 0 ? joinTokens(left.properName) : null;
  const classPhrase = [...modifiers, headWord].join(' ');
  const pluralForm = head.plurals[head.forms.indexOf(singular)];
  const pluralPhrase = surface.toLowerCase() !== form.singular && pluralForm !== undefined
    ? [...modifiers, writtenAs(pluralForm)].join(' ')
    : null;
  const classKey = [...modifiers, head.canonical].join(' ').toLowerCase();

  const spanStarts = [start, ...left.modifiers.map((t) => t.start), ...left.model.map((t) => t.start),
    ...left.properName.map((t) => t.start)];
  if (left.originToken) spanStarts.push(left.originToken.start);
  const spanEnd = rightModel.length > 0 ? rightModel[rightModel.length - 1]!.end : end;
  return {
    start: Math.min(...spanStarts),
    end: spanEnd,
    classPhrase,
    pluralPhrase,
    classKey,
    canonicalHead: head.canonical,
    family: head.family,
    // "vehicles" made hardware by a recall or crash are road vehicles, not armored ones.
    category: byContext && head.context === 'thing' && head.category === 'armored vehicle' ? 'vehicle' : head.category,
    model,
    properName,
    origin: left.origin,
    quantity: left.quantity,
    bare: modifiers.length === 0 && model === null && properName === null,
    anaphoric: head.mode === 'anaphoric' && modifiers.length === 0 && model === null,
    distinct: left.ordinal || left.stopWord === 'another',
    definite: left.stopWord === 'the' || left.stopWord === 'this',
  };
}

// ---------------------------------------------------------------------------
// Contexts that make a broad class word hardware without a modifier.

// Aviation in the sentence: "bombers flew", "scrambled fighters", "fighters intercepted".
const AVIATION_WORDS = /\b(?:fl(?:y|ies|ying|ew|own)|scrambl(?:e|es|ed|ing)|intercept(?:s|ed|ing|ion|ions)?|airspace|sorties?|took off|take off|taking off|landed|air ?bases?|airfields?|runways?|squadrons?|escort(?:s|ed|ing)|air force|air-to-air|afterburners?|bombing runs?|cockpits?|pilots?|warplanes?|jets?|aircraft)\b/i;
// Air combat in the sentence, for "fighters": words of aircraft, not of fighting people ("flew home" is travel).
const AIR_COMBAT_WORDS = /\b(?:scrambl(?:e|es|ed|ing)|intercept(?:s|ed|ing|ion|ions)?|airspace|sorties?|squadrons?|air force|afterburners?|air-to-air|dogfights?|cockpits?|took off|take off|taking off|air ?bases?|runways?)\b/i;
// Rocketry in the sentence: "the booster landed", "the lunar module separated".
const SPACE_WORDS = /\b(?:launch(?:es|ed|ing)?|lift-?off|orbit(?:s|al|ed|ing)?|rockets?|landed|landing|separat(?:ed|ion)|splash(?:ed)? ?down|spacecraft|astronauts?|launch ?pad|stages?|moon|lunar|mars)\b/i;
// A vehicle as a thing, not as travel: it is recalled, built, delivered, crashed, derailed.
const THING_WORDS = /\b(?:recall(?:s|ed|ing)?|deliver(?:ed|ies)|manufactur(?:e|es|ed|ing|er|ers)|assembl(?:e|ed|es|ing|y)|crash(?:ed|es)|derail(?:s|ed|ing|ment|ments)?|collided|collision|overturned|plunged|plowed|ploughed|rammed|exploded|caught fire|burst into flames|unveil(?:s|ed|ing)?|prototypes?|automakers?|carmakers?|built|torched|set ablaze|set on fire|hijack(?:ed|ing)?|seized|test drive|crash-tested)\b/i;
// A story about vehicles as products: two or more of these words anywhere in it.
const VEHICLE_STORY_WORDS = /\b(?:automakers?|carmakers?|car ?makers?|auto ?industry|recalls?|recalled|deliveries|auto show|motor show|model year|dealerships?|electric vehicles?|EVs|sedans?|SUVs|horsepower|drivetrains?)\b/gi;

/** True when two or more words of a vehicle-products story stand in the text. */
export function isVehicleStory(text: string): boolean {
  VEHICLE_STORY_WORDS.lastIndex = 0;
  let count = 0;
  while (VEHICLE_STORY_WORDS.exec(text) !== null) if (++count >= 2) return true;
  return false;
}

const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'into', 'inside', 'from', 'out', 'onto', 'on', 'off',
  'aboard', 'board', 'boarded', 'behind', 'outside', 'under', 'near', 'beside']);

const SENTENCE_REACH = 240;

/** Sentence punctuation at i; a period only before a blank ("1.9 million" goes on). */
function endsSentenceAt(text: string, i: number): boolean {
  const ch = text[i]!;
  return ch === '.' ? /\s/.test(text[i + 1] ?? ' ') : /[!?;\n]/.test(ch);
}

/** The sentence around [start, end), at most SENTENCE_REACH characters each way. */
function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && start - from < SENTENCE_REACH && !endsSentenceAt(text, from - 1)) from--;
  let to = end;
  while (to < text.length && to - end < SENTENCE_REACH && !endsSentenceAt(text, to)) to++;
  return text.slice(from, to);
}

/**
 * A needsModifier head without its modifier still counts in its context:
 * aviation words for bombers and fighters, rocketry for boosters and modules,
 * and for road and rail vehicles a sentence about the vehicle as a thing or a
 * story about vehicles as products. The word must read as a noun, and not
 * lead a name ("van Gogh").
 */
function inQualifyingContext(context: RuleContext, start: number, end: number, head: HeadClass, left: LeftReading,
  after: Token | undefined, plural: boolean): boolean {
  if (!head.context) return false;
  if (after && isCapitalized(after.text)) return false;
  if (!isNounUse(left, after?.text.toLowerCase() ?? '', plural)) return false;
  // "charging in the car", "got off the bus": a place people are in, not a thing the story is about.
  if (head.context === 'thing' && DETERMINERS.has(left.stopWord) && PLACE_PREPOSITIONS.has(left.stopWordBefore)) return false;
  const { text } = context;
  const sentence = sentenceAround(text, start, end);
  // The head itself ("jets" in "fighter jets") does not count as its own context.
  if (head.context === 'aviation') return AVIATION_WORDS.test(sentence.replace(text.slice(start, end), ' '));
  if (head.context === 'airCombat') return AIR_COMBAT_WORDS.test(sentence);
  if (head.context === 'space') return SPACE_WORDS.test(sentence);
  if (THING_WORDS.test(sentence)) return true;
  // The bare word "vehicle" is too broad to count on the story alone ("the top-selling vehicle").
  if (head.canonical === 'vehicle') return false;
  return context.aboutVehicles ? context.aboutVehicles() : isVehicleStory(text);
}

function titleCaseWords(s: string): string {
  return s.replace(/(^|\s)(\p{Ll})/gu, (_, sp: string, c: string) => sp + c.toUpperCase());
}

// ---------------------------------------------------------------------------
// modelDesignator

// A whole word: prefix, number, optional suffix letters, optional plural.
const STANDALONE_DESIGNATOR = /^(\p{Lu}\p{L}{0,6})-(\d{1,4})(\p{Lu}[\p{Lu}\p{N}]{0,4})?(?:s|['’]s)?$/u;

/** modelDesignator: a designator whose prefix names military hardware on its own ("S-400", "F-16s", "Su-35S"). */
export function modelDesignator(context: RuleContext): Candidate[] {
  const { text, words } = context;
  const out: Candidate[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (word.text.length > 16 || !word.text.includes('-')) continue;
    const m = STANDALONE_DESIGNATOR.exec(word.text);
    if (!m) continue;
    // Not inside numbers or drawing paths ("L-21.4 C-22.9", "-C-22").
    if (/[-.\d/]/.test(text[word.start - 1] ?? '') || /^[.,]\d/.test(text.slice(word.end, word.end + 2))) continue;
    const prefix = m[1]!;
    const category = DESIGNATOR_PREFIXES.get(prefix);
    if (category === undefined || category === 'firearm') continue;
    if (TWO_DIGIT_PREFIXES.has(prefix) && m[2]!.length < 2) continue;
    const model = `${m[1]}-${m[2]}${m[3] ?? ''}`;
    const end = word.start + model.length;
    const named = systemNameAfter(text, end);
    const fullModel = named.length > 0 ? `${model} ${joinTokens(named)}` : model;
    out.push(modelCandidate(text, word.start, named.length > 0 ? named[named.length - 1]!.end : end, fullModel, category, null));
  }
  return [...out, ...slashDesignators(text, words)];
}

/**
 * A system name right after a designator belongs to the model: a known name
 * ("MQ-9 Reaper") or a capitalized word before one ("F-16 Fighting Falcon").
 */
function systemNameAfter(text: string, end: number): Token[] {
  const [first, second] = tokensAfter(text, end, 2);
  if (first && isKnownName(first.text)) return [first];
  if (first && second && PLAIN_CAPITALIZED.test(first.text) && isKnownName(second.text)) return [first, second];
  return [];
}

// Designators written with slashes, which split words: "F/A-18E/F", "AN/TPY-2". Tried (sticky) only
// where a one- or two-letter capital word is directly followed by "/".
const SLASH_DESIGNATOR = /(\p{Lu}{1,2})\/\p{Lu}{1,3}-\d{1,4}\p{Lu}{0,2}(?:\/\p{Lu}{1,2})?(?![\p{L}\p{N}/-])/uy;

/** A slash designator with its maker before and its system name after ("Boeing F/A-18E/F Super Hornet"). */
function slashDesignators(text: string, words: readonly Word[]): Candidate[] {
  const out: Candidate[] = [];
  for (const word of words) {
    if (word.text.length > 2 || text[word.end] !== '/' || /[\p{L}\p{N}/-]/u.test(text[word.start - 1] ?? '')) continue;
    SLASH_DESIGNATOR.lastIndex = word.start;
    const m = SLASH_DESIGNATOR.exec(text);
    if (!m) continue;
    // "AN/" is the joint electronics type designation: radars and sensors.
    const category = m[1] === 'AN' ? 'radar' : DESIGNATOR_PREFIXES.get(m[1]!);
    if (category === undefined || category === 'firearm') continue;
    let start = m.index;
    let end = m.index + m[0].length;
    const maker = tokensBefore(text, start, 1)[0];
    const withMaker = maker !== undefined && isCapitalized(maker.text) && MAKERS.has(maker.text.toLowerCase());
    if (withMaker) start = maker.start;
    const named = systemNameAfter(text, end);
    if (named.length > 0) end = named[named.length - 1]!.end;
    out.push(modelCandidate(text, start, end, text.slice(start, end), category, withMaker ? maker.text : null));
  }
  return out;
}

function modelCandidate(text: string, start: number, end: number, model: string, category: string,
  maker: string | null): Candidate {
  const left = tokensBefore(text, start, 3);
  let origin: string | null = null;
  let quantity: number | null = null;
  for (const token of left) {
    const o = isCapitalized(token.text) ? originAttribute(token.text) : null;
    if (o !== null) {
      origin ??= o;
      continue;
    }
    if (ADJECTIVES_OUTSIDE_NAME.has(token.text.toLowerCase())) continue;
    quantity = quantityAttribute(token.text);
    break;
  }
  return {
    start, end, classPhrase: model, pluralPhrase: null, classKey: model.toLowerCase(), canonicalHead: model.toLowerCase(),
    family: category, category, model, properName: null, origin: origin ?? maker, quantity, bare: false, anaphoric: false,
    distinct: false, definite: false,
  };
}

// ---------------------------------------------------------------------------
// makerModel

const MODEL_AFTER_MAKER = /^(?:\p{Lu}{0,3}-?\d{1,4}[\p{L}\p{N}-]{0,8}|\p{Lu}\p{Ll}{2,15})$/u;

/** makerModel: a known maker followed by a model ("Boeing 787", "Bayraktar TB2", "Dassault Rafale"). */
export function makerModel(context: RuleContext): Candidate[] {
  const { text, words } = context;
  const out: Candidate[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const maker = words[i]!;
    const category = MAKERS.get(maker.lower);
    if (category === undefined || category === 'firearm' || !isCapitalized(maker.text)) continue;
    const model = words[i + 1]!;
    if (!adjacent(text, maker, model) || !MODEL_AFTER_MAKER.test(model.text) || /^(?:19|20)\d\d$/.test(model.text)) continue;
    if (!/\d/.test(model.text) && !SYSTEM_NAMES.has(model.text.toLowerCase())) continue;
    out.push(modelCandidate(text, maker.start, model.end, `${maker.text} ${model.text}`, category, maker.text));
  }
  return out;
}

// ---------------------------------------------------------------------------
// namedVessel

const SHIP_NAME_WORD = /^\p{Lu}[\p{L}.'’-]{0,20}$/u;

/** The word before words[i] is "the" or a vessel class word ("the destroyer JS Takanami", "the MV Dali"). */
function afterShipWord(text: string, words: readonly Word[], i: number): boolean {
  const before = words[i - 1];
  if (!before || !adjacent(text, before, words[i]!)) return false;
  return before.lower === 'the' || HEAD_FORMS.get(before.lower)?.head.family === 'ship';
}

/** namedVessel: a ship prefix and its name of one to four capitalized words ("USS Carl Vinson"). */
export function namedVessel(context: RuleContext): Candidate[] {
  const { text, words } = context;
  const out: Candidate[] = [];
  for (let i = 0; i < words.length; i++) {
    const prefix = words[i]!;
    const strong = SHIP_PREFIXES.has(prefix.lower);
    if (!strong && !WEAK_SHIP_PREFIXES.has(prefix.lower)) continue;
    if (prefix.text !== prefix.text.toUpperCase() || (!strong && !afterShipWord(text, words, i))) continue;
    let last = i;
    while (last - i < 4 && words[last + 1] && adjacent(text, words[last]!, words[last + 1]!)
      && SHIP_NAME_WORD.test(words[last + 1]!.text)) last++;
    if (last === i) continue;
    const end = words[last]!.end;
    const name = text.slice(prefix.start, end);
    out.push({
      start: prefix.start, end, classPhrase: name, pluralPhrase: null, classKey: name.toLowerCase(),
      canonicalHead: 'ship', family: 'ship', category: 'vessel', model: null, properName: name, origin: null,
      quantity: null, bare: false, anaphoric: false, distinct: false, definite: false,
    });
    i = last;
  }
  return out;
}
