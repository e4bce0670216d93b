/**
 * General word lists for attribution: speech verbs, titles, and the nouns that
 * tell a person from an organization. Lower case; no article-specific names.
 */
import { CORPORATE_SUFFIXES } from '../../lexicon/organizations.js';
import { verbFormsFor } from '../../lexicon/verbs.js';
import { NAME_PARTICLES, NAME_SUFFIXES } from '../../lexicon/names.js';
import { WEEKDAY_NAMES } from '../../lexicon/calendar.js';
import { PERSON_TITLES } from '../text/titles.js';

/**
 * Common "said" verbs of Portuguese, Spanish, French, German, Italian, Indonesian
 * and Czech: words that are no English word, so they cannot misfire on English text.
 */
export const FOREIGN_SPEECH_VERBS = new Set([
  'disse', 'afirmou', 'declarou', 'acrescentou', 'explicou', 'falou', 'contou', 'destacou', 'ressaltou', 'diz', 'afirma',
  'dijo', 'afirmó', 'declaró', 'añadió', 'agregó', 'explicó', 'señaló', 'aseguró', 'indicó', 'manifestó', 'comentó',
  'déclaré', 'ajouté', 'affirmé', 'expliqué', 'souligné', 'estimé', 'déclare', 'affirme', 'ajoute', 'souligne', 'estime',
  'sagte', 'erklärte', 'betonte', 'sagt', 'erklärt', 'betont', 'fügte', 'meinte', 'schrieb', 'gesagt', 'dicho', 'dit',
  'detto', 'dichiarato', 'affermato', 'aggiunto', 'spiegato', 'sottolineato', 'afferma', 'spiega', 'aggiunge',
  'berkata', 'mengatakan', 'katanya', 'ujarnya', 'ujar', 'píše', 'řekl', 'řekla', 'uvedl', 'uvedla', 'dodal', 'dodala',
]);

/** Auxiliaries of those languages' perfect tense, read only right before such a verb ("a déclaré", "ha detto", "hat gesagt"). */
export const FOREIGN_AUXILIARIES = new Set(['a', 'ont', 'ha', 'hanno', 'hat', 'haben', 'han', 'foi', 'tem']);

/** Verb forms that attribute words to a speaker ("said", "tweeted", "chanted"): the verb table's speech verbs, and foreign ones. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([...verbFormsFor('speech'), ...FOREIGN_SPEECH_VERBS]);

/**
 * Verbs that attribute a quote only when they touch it ("“…,” she laughed",
 * "Doe agreed: “…”", "“Out!” an officer ordered"): elsewhere they are no speech.
 */
export const ADJACENT_SPEECH_VERBS: ReadonlySet<string> = verbFormsFor('touching');

/** Verbs of saying that may run on into reported speech by the same speaker ("Doe said she ..."). */
export const RUN_ON_VERBS: ReadonlySet<string> = verbFormsFor('runsOn');
/** Verbs that take the speaker after them (", said Doe"); "telling Doe" names the listener instead. */
export const INVERTING_VERBS: ReadonlySet<string> = verbFormsFor('inverting');
/** Participles after "quoted as" ("quoted as saying"). */
export const QUOTED_AS_VERBS: ReadonlySet<string> = verbFormsFor('quotedAs');
/** Verbs whose quotation marks hold a name, not speech ("called it “a disaster”", "a song titled “…”"). */
export const NAMING_VERBS: ReadonlySet<string> = verbFormsFor('naming');
/** Verbs that make a sentence without quotation marks someone's statement ("Doe said the talks failed"). */
export const REPORTING_VERBS: ReadonlySet<string> = verbFormsFor('reporting');
/** Verbs that introduce a reported claim with "that" ("announced that …"). */
export const CLAIM_VERBS: ReadonlySet<string> = verbFormsFor('claim');

/** Auxiliaries and adverbs that may stand between a speaker and the speech verb. */
export const VERB_FILLERS = new Set([
  'has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'could', 'can', 'may', 'might', 'should',
  'did', 'does', 'do', 'been', 'be', 'also', 'later', 'then', 'previously', 'earlier', 'again', 'once',
  'recently', 'reportedly', 'further', 'publicly', 'privately', 'separately', 'simply', 'only', 'just', 'still',
  'often', 'never', 'always', 'flatly', 'openly', 'first', 'subsequently', 'initially', 'finally', 'repeatedly',
  'angrily', 'quietly', 'famously', 'frequently', 'not', 'instead', 'even', 'immediately', 'personally',
]);

export const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i']);

/** Words that end a noun phrase: conjunctions, relative words, prepositions other than "of". */
export const PHRASE_BREAKERS = new Set([
  'that', 'and', 'but', 'or', 'nor', 'while', 'when', 'whereas', 'as', 'because', 'after', 'before', 'if',
  'who', 'whom', 'whose', 'which', 'where', 'so', 'than', 'though', 'although', 'since', 'until', 'unless',
  'in', 'on', 'at', 'to', 'for', 'with', 'from', 'by', 'about', 'during', 'into', 'onto', 'over', 'under',
  'against', 'without', 'within', 'through', 'across', 'toward', 'towards', 'upon', 'amid', 'like',
  'there', 'this', 'these', 'those', 'not', 'no', 'yes',
]);

/** Words that open a noun phrase naming a speaker by description. */
export const DETERMINERS = new Set([
  'the', 'a', 'an', 'one', 'some', 'many', 'several', 'two', 'three', 'four', 'five', 'another', 'other',
  'its', 'his', 'her', 'their', 'our', 'each', 'both', 'most', 'few', 'all', 'any', 'senior', 'top',
]);

/** Nouns that make a time phrase, never a speaker ("earlier this month"). */
export const TIME_NOUNS = new Set([
  'month', 'months', 'week', 'weeks', 'year', 'years', 'day', 'days', 'time', 'morning', 'afternoon', 'evening',
  'night', 'weekend', 'hour', 'hours', 'minute', 'minutes', 'today', 'yesterday', 'tomorrow', 'decade', 'ago',
  ...WEEKDAY_NAMES.map((day) => day.toLowerCase()),
]);

/**
 * Titles and roles written before a name ("Prime Minister Jane Doe"): stripped from speaker names.
 * The person titles the actor stage knows, plus role words that only precede a name in a speaker
 * phrase ("senior lawmaker Jane Doe", "party leader Jane Doe").
 */
export const TITLES: ReadonlySet<string> = new Set([
  ...PERSON_TITLES,
  'prime', 'lawmaker', 'senior', 'leader', 'trustee', 'provost', 'dean', 'delegate', 'private', 'pvt', 'insp',
]);

/** Name suffixes that are not a surname ("Jr."). */
export { NAME_PARTICLES, NAME_SUFFIXES };

/** Words that mark an organization's name or description. */
export const ORGANIZATION_WORDS: ReadonlySet<string> = new Set([
  ...CORPORATE_SUFFIXES, 'ministry', 'department', 'office', 'agency', 'police',
  'army', 'forces', 'force', 'navy', 'council', 'court', 'party', 'coalition', 'union', 'association',
  'committee', 'commission', 'bank', 'group', 'university', 'institute', 'network', 'news', 'television', 'tv',
  'radio', 'times', 'post', 'journal', 'broadcaster', 'broadcasting', 'service', 'services', 'organization',
  'organisation', 'foundation', 'fund', 'board', 'authority', 'administration', 'government', 'parliament',
  'congress', 'senate', 'assembly', 'federation', 'corporation', 'airlines', 'studios', 'media', 'press',
  'report', 'statement', 'release', 'email', 'letter', 'tweet', 'document', 'website', 'newspaper', 'channel',
  'station', 'firm', 'campaign', 'study', 'survey', 'memo', 'filing', 'complaint', 'lawsuit', 'indictment',
  'announcement', 'message', 'note', 'military', 'junta', 'cabinet', 'team', 'club', 'league', 'white',
  'kremlin', 'pentagon', 'state', 'house', 'center', 'centre', 'school', 'hospital', 'council',
]);

/** Nouns that make a description name a person ("a senior official", "the president"). */
export const PERSON_NOUNS = new Set([
  'president', 'man', 'woman', 'official', 'spokesman', 'spokeswoman', 'spokesperson', 'minister', 'leader',
  'attorney', 'lawyer', 'director', 'chairman', 'chairwoman', 'chief', 'executive', 'teacher', 'instructor',
  'officer', 'commander', 'general', 'analyst', 'expert', 'source', 'witness', 'resident', 'mother', 'father',
  'son', 'daughter', 'wife', 'husband', 'friend', 'member', 'senator', 'governor', 'mayor', 'editor',
  'reporter', 'author', 'professor', 'researcher', 'doctor', 'judge', 'prosecutor', 'ambassador', 'diplomat',
  'secretary', 'aide', 'adviser', 'advisor', 'activist', 'protester', 'student', 'worker', 'employee',
  'soldier', 'pilot', 'driver', 'owner', 'founder', 'ceo', 'manager', 'candidate', 'lawmaker', 'legislator',
  'representative', 'victim', 'survivor', 'neighbour', 'neighbor', 'coach', 'player', 'fan', 'one', 'boy',
  'girl', 'person', 'scientist', 'economist', 'historian', 'fellow', 'physician', 'nurse', 'farmer',
  'boss', 'host', 'chair',
]);

/**
 * Nouns ending like an agent noun (-er, -or, -ent) that name things, not people:
 * "the letter Jane wrote" has no role before the name.
 */
export const THING_NOUNS_LIKE_AGENTS = new Set([
  'letter', 'paper', 'order', 'matter', 'number', 'center', 'corner', 'error', 'factor', 'sector', 'chapter',
  'quarter', 'winter', 'summer', 'weather', 'water', 'power', 'border', 'poster', 'computer', 'server', 'document',
  'statement', 'comment', 'moment', 'event', 'agreement', 'government', 'department', 'parliament',
]);
