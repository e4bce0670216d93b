/**
 * hardwareClassLexicon: a class word ("missile", "transport plane") with the
 * words before it read for class modifiers, a model, an origin and a count,
 * and a designator in apposition after it ("the cargo ship Progress MS-04").
 */
import {
  ANAPHORA_DETERMINERS, CELESTIAL_MODIFIERS, CLASS_MODIFIERS, MAKERS, MASS_NOUN_PREPOSITIONS, NOUNS_THE_CLASS_ONLY_DESCRIBES,
  PROPER_NAME_HEADS,
} from '../lexicon.js';
import { adjacent, isCapitalized, startsSentence, tokensAfter, tokensBefore } from '../tokens.js';
import { hasKnownPrefix, isDesignator, isKnownName, joinTokens, readRightModel } from './attributes.js';
import { HEAD_FORMS, matchForm, withoutPossessive, type HeadForm } from './class-forms.js';
import { isAcronymModifier, readLeft } from './left-reading.js';
import type { Candidate, EquipmentRule, RuleContext } from './rule.js';
import { isComparison, isFigureOfSpeech, isNounUse, isTravelIdiom } from './senses.js';
import { originAfter } from '../origin.js';
import { categoryOf } from './category.js';
import { inQualifyingContext } from './story-context.js';

// How far either way the clause of a mention is read for its category.
const CLAUSE_REACH = 240;

const ALL_CAPS_WORD = /^\p{Lu}{2,}s?$/u;

// Words that may follow a noun that ends its phrase ("a technical and a truck", "technicals were hit").
const WORDS_AFTER_A_NOUN: ReadonlySet<string> = new Set([
  'and', 'or', 'but', 'with', 'was', 'were', 'is', 'are', 'had', 'has', 'that', 'which', 'in', 'on', 'at', 'near', 'from',
  'carrying', 'mounted', 'armed', 'belonging', 'used', 'loaded', 'parked', 'as', 'by', 'to', 'of', 'into', 'outside',
  'fitted', 'equipped', 'operated',
]);

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
export const hardwareClassLexicon: EquipmentRule = {
  name: 'class-word',
  find(context) {
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
  },
};

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
  // An acronym head is one only in capitals ("IED", "SAMs"); "Sam" and "ied" are other words.
  if (head.acronym && !ALL_CAPS_WORD.test(surface)) return null;
  const before = tokensBefore(text, start, 2);
  const after = tokensAfter(text, end, 1)[0];
  if (head.nounAtPhraseEnd && after && !WORDS_AFTER_A_NOUN.has(after.text.toLowerCase())) return null;
  const beforeWord = before[0]?.text.toLowerCase() ?? '';
  const afterWord = after?.text.toLowerCase() ?? '';
  // "two J-16 fighters and a patrol plane": after a designator the class is hardware whatever follows.
  const afterDesignator = before[0] !== undefined && isDesignator(before[0].text) && /\p{L}.*\d|\d.*\p{L}/u.test(before[0].text);
  if (head.blockBefore?.has(beforeWord) || (head.blockAfter?.has(afterWord) && !afterDesignator)) return null;
  if (NOUNS_THE_CLASS_ONLY_DESCRIBES.has(afterWord) || isTravelIdiom(text, start, end, head)
    || isComparison(text, start) || isFigureOfSpeech(text, start, end)) {
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
  // A plural-only acronym ("apcs") keeps its lower-case plural "s" ("APCs").
  const acronym = head.plurals.length === 0 && singular.endsWith('s') ? `${singular.slice(0, -1).toUpperCase()}s` : singular.toUpperCase();
  const writtenAs = (word: string) => (head.acronym ? acronym + word.slice(singular.length)
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
  const statedAfter = left.origin === null ? originAfter(text, spanEnd) : null;
  return {
    start: Math.min(...spanStarts),
    end: spanEnd,
    classPhrase,
    pluralPhrase,
    classKey,
    canonicalHead: head.canonical,
    family: head.family,
    category: categoryOf({
      head, modifiers: modifiers.map((m) => m.toLowerCase()), model: modelTokens.map((t) => t.text), byThingContext: byContext,
      clause: () => context.clauseAround(start, end, CLAUSE_REACH),
    }),
    model,
    properName,
    origin: left.origin ?? statedAfter?.origin ?? null,
    originWord: left.originWord ?? statedAfter?.word ?? null,
    make: makerOf(left.model),
    quantity: left.quantity,
    quantityText: left.quantityText,
    bare: modifiers.length === 0 && model === null && properName === null,
    anaphoric: head.mode === 'anaphoric' && modifiers.length === 0 && model === null,
    distinct: left.ordinal || left.stopWord === 'another',
    definite: left.stopWord === 'the' || left.stopWord === 'this',
  };
}

/** The maker named in the model ("Bayraktar" in "Bayraktar TB2"), or null. */
function makerOf(model: readonly { text: string }[]): string | null {
  return model.find((t) => MAKERS.has(t.text.toLowerCase()))?.text ?? null;
}

function titleCaseWords(s: string): string {
  return s.replace(/(^|\s)(\p{Ll})/gu, (_, sp: string, c: string) => sp + c.toUpperCase());
}
