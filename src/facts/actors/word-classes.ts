/**
 * Word classes read from compromise's lexicon, a plain word -> part-of-speech
 * tag map (we never run compromise's tagger, where it spends its time).
 *
 * Loading compromise costs about 0.3 s of CPU, and it is paid again in every
 * process and every worker thread. So `npm run build` classifies the lexicon
 * once and writes the classes next to this module as word-classes.json
 * (scripts/word-classes.mjs); start-up then reads that file in a few
 * milliseconds. Without the file (tests run from the TypeScript sources), or
 * when compromise has been upgraded since the build, the classes are built
 * from compromise itself, with the same function.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type LexiconTag = string | string[];
export type Lexicon = Readonly<Record<string, LexiconTag>>;

export interface WordClasses {
  firstNames: Set<string>;
  lastNames: Set<string>;
  places: Set<string>;
  organizations: Set<string>;
  /** Known to compromise, and not a proper name: "but", "during", "analysts". */
  common: Set<string>;
  functionWords: Set<string>;
  verbForms: Set<string>;
  /** Adjectives or comparatives never tagged as nouns: "last", "top". */
  adjectivesOnly: Set<string>;
}

export type WordClassName = keyof WordClasses;
const CLASS_NAMES: readonly WordClassName[] = [
  'firstNames', 'lastNames', 'places', 'organizations', 'common', 'functionWords', 'verbForms', 'adjectivesOnly',
];

const FIRST_NAME_TAGS = new Set(['MaleName', 'FemaleName', 'FirstName']);
const PLACE_TAGS = new Set(['City', 'Region', 'Place', 'Country']);
const PROPER_TAGS = new Set([
  'MaleName', 'FemaleName', 'FirstName', 'LastName', 'Person', 'City', 'Region', 'Place', 'Country', 'Organization',
  'ProperNoun', 'SportsTeam', 'Demonym', 'WeekDay', 'Month', 'Honorific',
]);
const FUNCTION_TAGS = new Set(['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Adverb', 'QuestionWord', 'Modal', 'Copula']);
const VERB_TAGS = new Set(['Verb', 'PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'Participle', 'PerfectTense', 'Modal', 'Copula', 'Auxiliary']);
const ADJECTIVE_TAG = /Adjective|Comparative|Superlative/;
const NOUN_TAG = /Noun|Singular|Plural|Uncountable/;

/** The one definition of every class: a word's lexicon tags in, the classes it belongs to out. */
export function classifyLexicon(lexicon: Lexicon): WordClasses {
  const classes: WordClasses = {
    firstNames: new Set(), lastNames: new Set(), places: new Set(), organizations: new Set(), common: new Set(),
    functionWords: new Set(['the']), verbForms: new Set(), adjectivesOnly: new Set(),
  };
  for (const [word, tag] of Object.entries(lexicon)) {
    const tags = Array.isArray(tag) ? tag : [tag];
    if (tags.some((t) => FIRST_NAME_TAGS.has(t))) classes.firstNames.add(word);
    if (tags.includes('LastName')) classes.lastNames.add(word);
    if (tags.some((t) => PLACE_TAGS.has(t))) classes.places.add(word);
    if (tags.includes('Organization')) classes.organizations.add(word);
    if (tags.length > 0 && !tags.some((t) => PROPER_TAGS.has(t))) classes.common.add(word);
    if (tags.some((t) => FUNCTION_TAGS.has(t))) classes.functionWords.add(word);
    if (tags.some((t) => VERB_TAGS.has(t))) classes.verbForms.add(word);
    if (tags.some((t) => ADJECTIVE_TAG.test(t)) && !tags.some((t) => NOUN_TAG.test(t))) classes.adjectivesOnly.add(word);
  }
  return classes;
}

/** What the build writes: the classes as sorted arrays, and the compromise version they came from. */
export interface SavedWordClasses {
  compromiseVersion: string;
  classes: Record<WordClassName, string[]>;
}

const require = createRequire(import.meta.url);

/** compromise's version, from its package.json (which its "exports" do not list, so found by path). */
export function installedCompromiseVersion(): string {
  let dir = dirname(require.resolve('compromise/two'));
  for (;;) {
    try {
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (manifest.name === 'compromise' && manifest.version) return manifest.version;
    } catch {
      // no package.json at this level: keep climbing
    }
    const parent = dirname(dir);
    if (parent === dir) return 'unknown';
    dir = parent;
  }
}

/** The lexicon straight from compromise (the slow path). */
export function compromiseLexicon(): Lexicon {
  const nlp = require('compromise/two') as { model(): { one: { lexicon: Lexicon } } };
  return nlp.model().one.lexicon;
}

export function saveableWordClasses(classes: WordClasses, compromiseVersion: string): SavedWordClasses {
  const saved = {} as Record<WordClassName, string[]>;
  for (const name of CLASS_NAMES) saved[name] = [...classes[name]].sort();
  return { compromiseVersion, classes: saved };
}

export const WORD_CLASSES_FILE = new URL('./word-classes.json', import.meta.url);

/** The saved classes when they match the installed compromise, else null. */
function readSavedWordClasses(): WordClasses | null {
  let saved: SavedWordClasses;
  try {
    saved = JSON.parse(readFileSync(WORD_CLASSES_FILE, 'utf8')) as SavedWordClasses;
  } catch {
    return null;
  }
  if (saved.compromiseVersion !== installedCompromiseVersion()) return null;
  const classes = {} as WordClasses;
  for (const name of CLASS_NAMES) {
    if (!Array.isArray(saved.classes?.[name])) return null;
    classes[name] = new Set(saved.classes[name]);
  }
  return classes;
}

export function loadWordClasses(): WordClasses {
  return readSavedWordClasses() ?? classifyLexicon(compromiseLexicon());
}
