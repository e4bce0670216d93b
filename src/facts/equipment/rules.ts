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
  ADJECTIVES_OUTSIDE_NAME, CLASS_MODIFIERS, DESCRIPTIVE_MODIFIERS, DESIGNATOR_PREFIXES, DETERMINERS, HEAD_CLASSES, MAKERS,
  NUMBER_WORDS, SHIP_PREFIXES, SYSTEM_NAMES, TWO_DIGIT_PREFIXES, type HeadClass,
} from './lexicon.js';
import { countryOfOriginWord } from './origin.js';
import { isCapitalized, startsSentence, tokensAfter, tokensBefore, type Token } from './tokens.js';

/** One mention of a piece of hardware, before mentions of the same thing are merged. */
export interface Candidate {
  start: number;
  end: number;
  /** The class phrase as it should be named: modifiers + singular head ("cargo spaceship"). */
  classPhrase: string;
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
}

/** What the rules need to know about the text beyond the characters. */
export interface RuleContext {
  text: string;
  /** True when the paragraph holding `offset` is written in title case (a headline). */
  inTitleCase(offset: number): boolean;
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

function escapeForRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Longest forms first so "air defense system" wins over "system". Word gaps
// are bounded ({1,3}) so a run of blanks cannot make the pattern backtrack far.
const CLASS_WORD = new RegExp(
  `(?<![\\p{L}\\p{N}-])(?:${[...HEAD_FORMS.keys()]
    .sort((a, b) => b.length - a.length)
    .map((f) => escapeForRegex(f).replace(/ /g, '[ \\t\\u00a0]{1,3}'))
    .join('|')})(?![\\p{L}\\p{N}]|-\\p{L})`,
  'giu',
);

/** Heads that can carry a proper name in capitals ("International Space Station"). */
const PROPER_NAME_HEADS: ReadonlySet<string> = new Set(['space station', 'space telescope', 'iron dome']);

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

const DESIGNATOR_TOKEN = /^(?:\p{Lu}[\p{L}]{0,7}-?\d[\p{L}\p{N}]*(?:-\p{L}+)?|\d{2,4}-\d{1,3}|\p{Lu}[\p{L}]{1,10}-\p{Lu}[\p{Lu}\p{N}]{0,4}|\d{2,4}[\p{Lu}]?[\p{L}\p{N}]*|\p{Lu}{1,3}-\d{1,4}[\p{L}\p{N}]*)$/u;

/** A designator-shaped word: "S-400", "T-72B3", "TB2", "787", "Proton-M", "A320neo". */
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
  nounContext: boolean;
}

/** Reads the words before a class word, nearest first: modifiers, then model, then origin/adjectives, then a count. */
function readLeft(text: string, start: number, head: HeadClass, titleCase: boolean, properHead: boolean): LeftReading {
  const reading: LeftReading = {
    modifiers: [], model: [], properName: [], origin: null, originToken: null, quantity: null, stopWord: '', stopWordBefore: '',
    nounContext: false,
  };
  let stage: 'modifiers' | 'model' | 'before' = 'modifiers';
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
    const lowercaseWord = !isCapitalized(token.text) || titleCase || startsSentence(text, token.start);
    if (stage === 'modifiers' && lowercaseWord && isClassModifier(lower, head)) {
      reading.modifiers.unshift(token);
      continue;
    }
    if (stage !== 'before' && isModelToken(token, tokens[k + 1], reading.model[0], titleCase)) {
      reading.model.unshift(token);
      stage = 'model';
      continue;
    }
    if (lowercaseWord && ADJECTIVES_OUTSIDE_NAME.has(lower)) {
      reading.nounContext = true;
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
    break;
  }
  if (reading.modifiers.length > 0 || reading.model.length > 0) reading.nounContext = true;
  return reading;
}

function isClassModifier(lower: string, head: HeadClass): boolean {
  if (head.requiredModifiers?.has(lower)) return true;
  if (DESCRIPTIVE_MODIFIERS.has(lower)) return false;
  return CLASS_MODIFIERS.has(lower);
}

/**
 * Whether a word before the class is part of the model. `further` is the next
 * word to the left, `nearer` the model word already read to its right.
 * Bare numbers are models only beside a name ("Falcon 9", "737 Max"), else
 * they are counts.
 */
function isModelToken(token: Token, further: Token | undefined, nearer: Token | undefined, titleCase: boolean): boolean {
  if (/^\d+$/.test(token.text)) {
    return (further !== undefined && isKnownName(further.text))
      || (nearer !== undefined && isCapitalized(nearer.text) && !isDesignator(nearer.text) && !isKnownName(nearer.text));
  }
  if (isDesignator(token.text)) return true;
  if (titleCase || !isCapitalized(token.text)) return false;
  return isKnownName(token.text) || (further !== undefined && isDesignator(further.text) && !ALL_CAPS.test(token.text));
}

const ALL_CAPS = /^\p{Lu}{2,}$/u;

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

/** hardwareClassLexicon: every class word in the text, read with its modifiers, model, origin and count. */
export function hardwareClassLexicon(context: RuleContext): Candidate[] {
  const { text } = context;
  const out: Candidate[] = [];
  CLASS_WORD.lastIndex = 0;
  for (let m = CLASS_WORD.exec(text); m; m = CLASS_WORD.exec(text)) {
    const surface = m[0];
    const form = HEAD_FORMS.get(surface.toLowerCase().replace(/\s+/g, ' '));
    if (!form) continue;
    const candidate = readClassWord(context, m.index, m.index + surface.length, form);
    if (candidate) out.push(candidate);
  }
  return out;
}

function readClassWord(context: RuleContext, start: number, end: number, form: HeadForm): Candidate | null {
  const { text } = context;
  const { head } = form;
  const surface = text.slice(start, end);
  const titleCase = context.inTitleCase(start);
  const properHead = PROPER_NAME_HEADS.has(form.singular);
  if (isCapitalized(surface) && !titleCase && !startsSentence(text, start)) {
    // A capitalized class word inside a sentence is part of a name ("Shark Tank", "Rocket Lab"),
    // unless the name is the thing itself ("International Space Station").
    if (!properHead) return null;
  }
  const before = tokensBefore(text, start, 2);
  const after = tokensAfter(text, end, 1)[0];
  const beforeWord = before[0]?.text.toLowerCase() ?? '';
  const afterWord = after?.text.toLowerCase() ?? '';
  if (head.blockBefore?.has(beforeWord) || head.blockAfter?.has(afterWord)) return null;
  if (before.length === 2 && head.blockBeforePair?.has(`${before[1]!.text.toLowerCase()} ${beforeWord}`)) return null;
  // "Jets 2, Predators 1": a capitalized plural leading a score line is a team.
  if (before.length === 0 && isCapitalized(surface) && after && /^\d/.test(after.text)) return null;

  const left = readLeft(text, start, head, titleCase, properHead && isCapitalized(surface));
  if (head.mode === 'needsModifier' && !left.modifiers.some((t) => head.requiredModifiers?.has(t.text.toLowerCase()))) {
    return null;
  }
  const singleWord = !form.singular.includes(' '); // "petrol bomb" is never a verb
  if (head.mode === 'nounContext' && singleWord && !isNounUse(left, afterWord, form.singular !== surface.toLowerCase())) {
    return null;
  }
  if (head.mode === 'anaphoric' && !ANAPHORA_DETERMINERS.has(left.stopWord)) return null;
  const rightModel = left.model.length === 0 ? readRightModel(text, end) : [];
  const modelTokens = left.model.length > 0 ? left.model : rightModel;
  const model = modelTokens.length > 0 ? joinTokens(modelTokens) : null;
  // Modifiers are lexicon words, so lower case is their name form even at a sentence start or in a headline.
  const modifiers = left.modifiers.map((t) => t.text.toLowerCase());
  const singular = head.forms.includes(form.singular) ? form.singular : head.forms[0]!;
  const headWord = properHead && isCapitalized(surface) && !titleCase ? titleCaseWords(singular) : singular;
  const properName = left.properName.length > 0 ? joinTokens(left.properName) : null;
  const classPhrase = [...modifiers, headWord].join(' ');
  const classKey = [...modifiers, head.canonical].join(' ');

  const spanStarts = [start, ...left.modifiers.map((t) => t.start), ...left.model.map((t) => t.start),
    ...left.properName.map((t) => t.start)];
  if (left.originToken) spanStarts.push(left.originToken.start);
  const spanEnd = rightModel.length > 0 ? rightModel[rightModel.length - 1]!.end : end;
  return {
    start: Math.min(...spanStarts),
    end: spanEnd,
    classPhrase,
    classKey,
    canonicalHead: head.canonical,
    family: head.family,
    category: head.category,
    model,
    properName,
    origin: left.origin,
    quantity: left.quantity,
    bare: modifiers.length === 0 && model === null && properName === null,
    anaphoric: head.mode === 'anaphoric' && modifiers.length === 0 && model === null,
  };
}

function titleCaseWords(s: string): string {
  return s.replace(/(^|\s)(\p{Ll})/gu, (_, sp: string, c: string) => sp + c.toUpperCase());
}

// ---------------------------------------------------------------------------
// modelDesignator

const STANDALONE_DESIGNATOR = /(?<![\p{L}\p{N}-])(\p{Lu}[\p{L}]{0,6})-(\d{1,4})(\p{Lu}[\p{Lu}\p{N}]{0,4})?(?:s|['’]s)?(?![\p{L}\p{N}]|-\p{L})/gu;

/** modelDesignator: a designator whose prefix names military hardware on its own ("S-400", "F-16s", "Su-35S"). */
export function modelDesignator(context: RuleContext): Candidate[] {
  const { text } = context;
  const out: Candidate[] = [];
  STANDALONE_DESIGNATOR.lastIndex = 0;
  for (let m = STANDALONE_DESIGNATOR.exec(text); m; m = STANDALONE_DESIGNATOR.exec(text)) {
    const prefix = m[1]!;
    const category = DESIGNATOR_PREFIXES.get(prefix);
    if (category === undefined || category === 'firearm') continue;
    if (TWO_DIGIT_PREFIXES.has(prefix) && m[2]!.length < 2) continue;
    const model = `${m[1]}-${m[2]}${m[3] ?? ''}`;
    const end = m.index + model.length;
    // A system name right after belongs to the model ("MQ-9 Reaper").
    const next = tokensAfter(text, end, 1)[0];
    const named = next && isKnownName(next.text) ? next : null;
    const fullModel = named ? `${model} ${named.text}` : model;
    out.push(modelCandidate(text, m.index, named ? named.end : end, fullModel, category, null));
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
    start, end, classPhrase: model, classKey: model.toLowerCase(), canonicalHead: model.toLowerCase(),
    family: category, category, model, properName: null, origin: origin ?? maker, quantity, bare: false, anaphoric: false,
  };
}

// ---------------------------------------------------------------------------
// makerModel

const MAKER_MODEL = new RegExp(
  `(?<![\\p{L}\\p{N}-])(${[...MAKERS.keys()].join('|')})[ \\u00a0](\\p{Lu}{0,3}-?\\d{1,4}[\\p{L}\\p{N}-]{0,8}|\\p{Lu}\\p{Ll}{2,15})(?![\\p{L}\\p{N}])`,
  'giu',
);

/** makerModel: a known maker followed by a model ("Boeing 787", "Bayraktar TB2", "Dassault Rafale"). */
export function makerModel(context: RuleContext): Candidate[] {
  const { text } = context;
  const out: Candidate[] = [];
  MAKER_MODEL.lastIndex = 0;
  for (let m = MAKER_MODEL.exec(text); m; m = MAKER_MODEL.exec(text)) {
    const maker = m[1]!;
    const model = m[2]!;
    if (!isCapitalized(maker)) continue;
    if (!/\d/.test(model) && !SYSTEM_NAMES.has(model.toLowerCase())) continue;
    const category = MAKERS.get(maker.toLowerCase())!;
    if (category === 'firearm') continue;
    out.push(modelCandidate(text, m.index, m.index + m[0].length, m[0], category, maker));
  }
  return out;
}

// ---------------------------------------------------------------------------
// namedVessel

const NAMED_VESSEL = new RegExp(
  `(?<![\\p{L}\\p{N}])(${[...SHIP_PREFIXES].map((p) => p.toUpperCase()).join('|')})((?:[ \\u00a0]\\p{Lu}[\\p{L}.'’-]{0,20}){1,4})`,
  'gu',
);

/** namedVessel: a ship prefix and its name ("USS Carl Vinson"). */
export function namedVessel(context: RuleContext): Candidate[] {
  const { text } = context;
  const out: Candidate[] = [];
  NAMED_VESSEL.lastIndex = 0;
  for (let m = NAMED_VESSEL.exec(text); m; m = NAMED_VESSEL.exec(text)) {
    const name = m[0].replace(/[.'’-]+$/, '');
    out.push({
      start: m.index, end: m.index + name.length, classPhrase: name, classKey: name.toLowerCase(),
      canonicalHead: 'ship', family: 'ship', category: 'vessel', model: null, properName: name, origin: null,
      quantity: null, bare: false, anaphoric: false,
    });
  }
  return out;
}
