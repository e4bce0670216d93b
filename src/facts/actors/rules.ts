/**
 * Candidate rules: each looks at one capitalized run in its context and
 * either claims it (returning zero or more candidates: [] means "this is
 * known not to be an actor") or passes (null). The first rule that claims a
 * run wins, so the order in CANDIDATE_RULES is part of the logic.
 */
import type { ActorType, Mention } from '../../schema.js';
import { countryOfCapital, countryOfDemonym, findCountryByName, type Country } from '../text/countries.js';
import {
  ARMED_COLLECTIVES, CORPORATE_SUFFIXES, FAMOUS_SURNAMES, GROUP_ADJECTIVES, GROUP_NOUNS, GOVERNMENT_NOUNS, HARDWARE_HEADS, IDENTITY_WORDS, NON_ACTOR_NAMES, PRODUCT_NOUNS_AFTER, KNOWN_ORGANIZATIONS, LOCATIVE_PREPOSITIONS, NAME_PARTICLES,
  NAME_SUFFIXES, NON_ORG_ACRONYMS, ORG_CLASS_NOUNS_AFTER, ORG_CLASS_NOUNS_BEFORE, PORTFOLIO_WORDS, SHIP_PREFIXES, TITLES_TAKING_PORTFOLIO, ORG_HEADS, ORG_LEAD_WORDS, PERSON_TITLES, PLACE_HEADS,
  PLACE_NOUNS_AFTER, ROLE_NOUNS, SPEECH_VERBS, SUBJECT_VERBS, WEAK_TITLES, isCommonWord, isFunctionWord, isKnownFirstName,
  isAdjectiveOnly, isKnownOrganization, isKnownPlace, isVerbForm, lowerCased, type KnownOrganization,
} from './lexicons.js';
import { isAllCaps, isAsciiSpace, onlySpaces, isCapitalized, lower, lowerText, makeRun, startsLower, startsUpper, type Run, type Token } from './tokens.js';

export interface Candidate {
  /** The rule that produced it (for debugging and tests). */
  rule: string;
  type: ActorType;
  name: string;
  mention: Mention;
  roles: string[];
  affiliation: string | null;
  /** Other surface forms that name the same actor ("NTU", "Harlan"). */
  aliases: string[];
}

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
}

/**
 * Rules ask the gazetteer about the same run or word several times (trimming,
 * then rule after rule), and articles repeat their names; a multi-word lookup
 * cleans its key with several regexes. So each article keeps the answers, by
 * the text asked about (null: not a country).
 */
interface GazetteerMemo {
  names: Map<string, Country | null>;
  demonyms: Map<string, Country | null>;
  capitals: Map<string, Country | null>;
}

function newGazetteerMemo(): GazetteerMemo {
  return { names: new Map(), demonyms: new Map(), capitals: new Map() };
}

function remembered(answers: Map<string, Country | null>, text: string, lookUp: (text: string) => Country | null): Country | null {
  let answer = answers.get(text);
  if (answer === undefined) {
    answer = lookUp(text);
    answers.set(text, answer);
  }
  return answer;
}

/** findCountryByName, remembered for the article. */
function countryNamed(ctx: RuleContext, text: string): Country | null {
  return remembered(ctx.gazetteer.names, text, findCountryByName);
}

/** countryOfDemonym, remembered for the article. */
function demonymCountry(ctx: RuleContext, word: string): Country | null {
  return remembered(ctx.gazetteer.demonyms, word, countryOfDemonym);
}

/** countryOfCapital, remembered for the article. */
function capitalCountry(ctx: RuleContext, word: string): Country | null {
  return remembered(ctx.gazetteer.capitals, word, countryOfCapital);
}

// Frequent English function words: their share of a text's words says whether it is English prose.
const ENGLISH_MARKERS = new Set([
  'the', 'of', 'and', 'to', 'a', 'in', 'is', 'that', 'for', 'on', 'with', 'as', 'was', 'by', 'it', 'at', 'from', 'said',
  'are', 'be', 'has', 'have', 'this', 'an', 'he', 'she', 'they', 'his', 'her', 'their', 'not', 'but', 'or', 'will', 'were',
  'who', 'which',
]);

/** The context every rule reads, built once per article. */
export function createRuleContext(text: string, tokens: readonly Token[]): RuleContext {
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
  let englishMarkers = 0;
  let englishEnough = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.text.length >= 2 && t.text.length <= 6 && startsUpper(t.text) && /^\p{Lu}{2,6}$/u.test(t.text)) {
      const after = tokens[i + 1];
      const modifies = !t.possessive && after !== undefined && isPlainGap(text, t, after) && isModifiedNoun(after.text);
      (modifies ? acronymsAsModifier : acronymsAlone).add(t.text);
    }
    // Counting stops once the share is reached: the answer cannot change after that.
    if (!englishEnough && ENGLISH_MARKERS.has(t.lowered)) englishEnough = ++englishMarkers / tokens.length >= 0.1;
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
  const english = tokens.length < 40 || englishEnough;
  return {
    text, tokens, lowercaseWords, midSentenceCounts, standaloneWords, productUses, actingUses, vesselNames,
    definitions: acronymDefinitions(text), termAcronyms: termAcronyms(text, tokens), english,
    modifierOnlyAcronyms: new Set([...acronymsAsModifier].filter((a) => !acronymsAlone.has(a))),
    gazetteer: newGazetteerMemo(),
  };
}

// Verbs that follow a body as its subject ("FIS says", "NATO plans"): their -s forms are not plural nouns.
const ACTING_VERB_STEMS = new Set([
  'say', 'warn', 'claim', 'report', 'want', 'need', 'call', 'hope', 'expect', 'deny', 'admit', 'confirm', 'agree',
  'argue', 'insist', 'accuse', 'urge', 'seek', 'aim', 'vow', 'threaten', 'plan', 'add', 'note', 'state', 'announce',
  'believe', 'estimate', 'tell', 'show', 'suggest', 'continue', 'remain', 'become', 'use', 'run', 'own', 'operate',
  'lead', 'hold', 'make', 'take', 'give', 'get', 'keep', 'launch', 'send', 'ban', 'order', 'fine', 'suspend',
]);

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

function isPlainGap(text: string, a: Token, b: Token): boolean {
  return !a.possessive && b.start - a.end === 1 && text[a.end] === ' ';
}

export type CandidateRule = (run: Run, ctx: RuleContext) => Candidate[] | null;

function candidate(rule: string, type: ActorType, name: string, run: Pick<Run, 'start' | 'end' | 'text'>, extra: Partial<Candidate> = {}): Candidate {
  return {
    rule,
    type,
    name,
    mention: { text: run.text, start: run.start, end: run.end },
    roles: [],
    affiliation: null,
    aliases: [],
    ...extra,
  };
}

// ---------------------------------------------------------------------------
// Context helpers

function tokenAfter(run: Run, ctx: RuleContext): Token | null {
  const next = ctx.tokens[run.tokens[run.tokens.length - 1]!.index + 1];
  if (!next) return null;
  const lastToken = run.tokens[run.tokens.length - 1]!;
  return onlySpaces(ctx.text, lastToken.end + (lastToken.possessive ? 2 : 0), next.start) ? next : null;
}

function tokenBefore(run: Run, ctx: RuleContext): Token | null {
  const prev = ctx.tokens[run.tokens[0]!.index - 1];
  if (!prev) return null;
  return onlySpaces(ctx.text, prev.end, run.start) && !prev.possessive ? prev : null;
}

function lowerWordAfter(run: Run, ctx: RuleContext): string | null {
  const next = tokenAfter(run, ctx);
  return next && !isCapitalized(next) ? lowerText(next) : null;
}

/** The word right before a run (only spaces between), lower-cased, or null. */
function lowerWordBefore(run: Run, ctx: RuleContext): string | null {
  const prev = tokenBefore(run, ctx);
  return prev ? lowerText(prev) : null;
}

/** The run's text without a leading "The"/"the" ("The Hill" -> "Hill"). */
export function withoutArticle(value: string): string {
  // Only a value starting with t/T can hold the article; the others skip the regex.
  return (value.charCodeAt(0) | 32) === 116 ? value.replace(/^the\s+/i, '') : value;
}

/** Every hyphen-separated part of the word (without a final period) is an identity word or demonym. */
function isIdentityToken(t: Token, ctx: RuleContext): boolean {
  const word = t.text.endsWith('.') ? t.text.slice(0, -1) : t.text;
  // One part: its lower case is the token's lowered form, already computed.
  if (word.indexOf('-') < 0) return IDENTITY_WORDS.has(t.lowered) || demonymCountry(ctx, word) !== null;
  return word.split('-').every((part) => IDENTITY_WORDS.has(lowerCased(part)) || demonymCountry(ctx, part) !== null);
}

function isDemonymOrIdentity(run: Run, ctx: RuleContext): boolean {
  return run.tokens.every((t) => isIdentityToken(t, ctx))
    || (run.tokens.length > 1 && (IDENTITY_WORDS.has(lower(run.tokens[0]!)) || demonymCountry(ctx, run.tokens[0]!.text) !== null)
      && !ORG_HEADS.has(lower(run.tokens[run.tokens.length - 1]!)));
}

function isTitleWord(t: Token): boolean {
  const w = lower(t);
  return PERSON_TITLES.has(w) || WEAK_TITLES.has(w);
}

function isInitial(t: Token): boolean {
  return /^\p{Lu}\.$/u.test(t.text);
}

/** A word that can be part of a personal name: capitalized, an initial, a particle or a suffix. */
function isNameToken(t: Token, ctx: RuleContext): boolean {
  const w = lower(t);
  if (NAME_PARTICLES.has(t.text)) return true;
  if (!isCapitalized(t) || ORG_HEADS.has(w) || isTitleWord(t) || CORPORATE_SUFFIXES.has(w)) return false;
  if (isAllCaps(t.text) && !NAME_SUFFIXES.has(w) && t.text.length > 1 && !isInitial(t)) return false;
  return !countryNamed(ctx, t.text) && !demonymCountry(ctx, t.text);
}

// ---------------------------------------------------------------------------
// Rules

/**
 * Sentence-initial words are capitalized by position: "But", "During",
 * "Analysts". Drop leading words that are common English words or that the
 * article also writes in lower case. Not a claiming rule: it reshapes a run.
 */
export function trimPositionalCapitals(run: Run, ctx: RuleContext): Run | null {
  // "United Nations ...", "National Security Council ..." at a sentence start are names as a whole.
  const whole = withoutArticle(run.text);
  if (countryNamed(ctx, whole) || KNOWN_ORGANIZATION_INDEX.has(whole)) return run;
  if (run.tokens.length > 1 && ORG_HEADS.has(lower(run.tokens[run.tokens.length - 1]!)) && !isFunctionWord(run.tokens[0]!.text)) return run;
  let tokens = run.tokens;
  while (tokens.length > 0) {
    const first = tokens[0]!;
    if (!first.sentenceStart && !(first.text === 'The' && tokens.length === 1)) break;
    const w = lowerText(first);
    const common = isCommonWord(w) || ctx.lowercaseWords.has(w) || /^\p{Lu}\p{Ll}+(?:ly|ing)$/u.test(first.text);
    const nameLike = tokens.length > 1 && (isKnownFirstName(w) || isKnownPlace(`${w} ${lowerText(tokens[1]!)}`));
    if (!common || nameLike || isTitleWord(first)) break;
    tokens = tokens.slice(1);
    // Connectors left at the front ("Of", "the") are no longer part of a name.
    while (tokens.length > 0 && !isCapitalized(tokens[0]!)) tokens = tokens.slice(1);
  }
  if (tokens.length === 0) return null;
  return tokens === run.tokens ? run : makeRun(ctx.text, tokens);
}

/**
 * "Russian President Vladimir Putin", "Gen. X Y", "Mr. Halvard": a title
 * block followed by name words makes a person; words before the title are
 * the affiliation (a country, demonym or organization).
 */
export const titledPerson: CandidateRule = (run, ctx) => {
  const toks = run.tokens;
  for (let t = 0; t < toks.length - 1; t++) {
    if (!isTitleWord(toks[t]!)) continue;
    let u = t;
    while (u + 1 < toks.length && isTitleWord(toks[u + 1]!)) u++;
    // "Secretary of State X", "Minister for Foreign Affairs X Y Z": the portfolio belongs to the title.
    if (/^(?:of|for)$/.test(toks[u + 1]?.text ?? '') && TITLES_TAKING_PORTFOLIO.has(lower(toks[u]!))) {
      let v = u + 1;
      while (v + 1 < toks.length && PORTFOLIO_WORDS.has(lower(toks[v + 1]!))) v++;
      if (v > u + 1) u = v;
    }
    const block = toks.slice(t, u + 1);
    const names = toks.slice(u + 1);
    if (names.length === 0 || names.length > 5) return null;
    const strong = block.some((b) => !WEAK_TITLES.has(lower(b)));
    if (!strong && block.length < 2) continue;
    if (!names.every((n) => isNameToken(n, ctx)) || !isCapitalized(names[0]!)) continue;
    const nameRun = makeRun(ctx.text, names);
    const role = ctx.text.slice(block[0]!.start, block[block.length - 1]!.end);
    const out: Candidate[] = [];
    let affiliation: string | null = null;
    if (t > 0) {
      const prefix = makeRun(ctx.text, toks.slice(0, t));
      const affiliated = affiliationOf(prefix, ctx);
      affiliation = affiliated.name;
      out.push(...affiliated.candidates);
    }
    // Honorifics say nothing about the role: "Mr. X" has none.
    const roles = [...precedingRoleWords(run, ctx), ...(HONORIFICS.has(role.toLowerCase().replace(/\.$/, '')) ? [] : [role])];
    out.unshift(candidate('titledPerson', 'person', nameRun.text, nameRun, { roles, affiliation }));
    return out;
  }
  return null;
};

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'sir', 'dame', 'messrs']);

const PARTY_ADJECTIVES: Readonly<Record<string, string>> = {
  republican: 'Republican Party',
  democratic: 'Democratic Party',
  democrat: 'Democratic Party',
  gop: 'Republican Party',
};

/** What the words before a title say about the person's affiliation. */
function affiliationOf(prefix: Run, ctx: RuleContext): { name: string | null; candidates: Candidate[] } {
  const text = withoutArticle(prefix.text);
  const country = countryNamed(ctx, text);
  if (country) return { name: country.name, candidates: [candidate('titlePrefixCountry', 'country', country.name, prefix)] };
  const ofDemonym = demonymCountry(ctx, text);
  if (ofDemonym) return { name: ofDemonym.name, candidates: [] };
  // "Kentucky GOP", "Republican": a party word inside the prefix.
  for (const t of prefix.tokens) {
    const party = PARTY_ADJECTIVES[lower(t)];
    if (party) return { name: party, candidates: [candidate('titlePrefixParty', 'organization', party, makeRun(ctx.text, [t]))] };
  }
  if (isKnownPlace(text) || prefix.tokens.every((t) => IDENTITY_WORDS.has(lower(t)))) return { name: null, candidates: [] };
  const claimed = organizationShape(prefix, ctx) ?? acronym(prefix, ctx) ?? knownOrganization(prefix, ctx);
  if (claimed && claimed.length > 0) return { name: claimed[0]!.name, candidates: claimed };
  // A bare name before a title ("Acme Chief Executive Jane Roe") is the employer, but without a
  // shape we cannot tell it from a place: keep it as the affiliation only.
  return { name: text, candidates: [] };
}

/** Lower-case role words right before a run: "chairman", "CEO and co-founder", "press secretary". */
function precedingRoleWords(run: Run, ctx: RuleContext): string[] {
  let i = run.tokens[0]!.index - 1;
  let first = -1;
  while (i >= 0) {
    const t = ctx.tokens[i]!;
    const next = ctx.tokens[i + 1]!;
    if (!onlySpaces(ctx.text, t.end, next.start) || t.possessive) break;
    const w = lowerText(t);
    if (first < 0 && !ROLE_NOUNS.has(w)) break;
    if (ROLE_NOUNS.has(w) || (w === 'and' && first >= 0) || (first >= 0 && /^\p{Ll}+$/u.test(w) && !STOP_BEFORE_ROLE.has(w) && first - i < 3)) {
      if (w !== 'and') first = i;
      i--;
      continue;
    }
    break;
  }
  if (first < 0) return [];
  return [ctx.text.slice(ctx.tokens[first]!.start, run.start).trim()];
}

const STOP_BEFORE_ROLE = new Set([
  'the', 'a', 'an', 'by', 'to', 'of', 'in', 'on', 'at', 'with', 'for', 'from', 'and', 'said', 'says', 'as', 'that',
  'his', 'her', 'their', 'its', 'he', 'she', 'they', 'himself', 'herself', 'themselves', 'who', 'which', 'is', 'was',
]);

/** "Kenya", "the United States", "U.S.": a country by name or alias. */
export const countryGazetteer: CandidateRule = (run, ctx) => {
  const country = countryNamed(ctx, withoutArticle(run.text));
  if (!country) return null;
  const ministry = lowercaseMinistry(run, ctx, country);
  return [countryCandidate('countryGazetteer', country, withGovernmentNoun(run, ctx)), ...(ministry ? [ministry] : [])];
};

/**
 * "China’s foreign ministry", "the Somali defence ministry": a ministry
 * written in lower case after its country. Named as news names it in capitals
 * ("Chinese Foreign Ministry"); the lower-case words are its mention.
 */
function lowercaseMinistry(run: Run, ctx: RuleContext, country: Country): Candidate | null {
  const last = run.tokens[run.tokens.length - 1]!;
  const portfolio = ctx.tokens[last.index + 1];
  const head = ctx.tokens[last.index + 2];
  if (!portfolio || !head || head.text !== 'ministry' || !PORTFOLIO_WORDS.has(portfolio.text) || !isPlainGap(ctx.text, portfolio, head)) return null;
  const gap = ctx.text.slice(last.end, portfolio.start);
  if (!(last.possessive ? /^['’]s $/u : /^ $/u).test(gap)) return null;
  const adjective = country.demonyms[0] ?? country.name;
  const name = `${adjective} ${portfolio.text[0]!.toUpperCase()}${portfolio.text.slice(1)} Ministry`;
  const span = { start: portfolio.start, end: head.end, text: ctx.text.slice(portfolio.start, head.end) };
  return candidate('lowercaseMinistry', 'organization', name, span, { aliases: [span.text] });
}

function countryCandidate(rule: string, country: Country, span: Pick<Run, 'start' | 'end' | 'text'>): Candidate {
  return candidate(rule, 'country', country.name, span);
}

/** Extends a span over a following "government"/"administration" ("the Sudanese government"). */
function withGovernmentNoun(run: Run, ctx: RuleContext): Pick<Run, 'start' | 'end' | 'text'> {
  const next = tokenAfter(run, ctx);
  if (!next || !GOVERNMENT_NOUNS.has(next.text)) return run;
  return { start: run.start, end: next.end, text: ctx.text.slice(run.start, next.end) };
}

const KNOWN_ORGANIZATION_INDEX: ReadonlyMap<string, KnownOrganization> = new Map(
  KNOWN_ORGANIZATIONS.flatMap((org) => [org.name, ...org.aliases].map((n) => [n, org] as const)),
);

/** International bodies and armed groups named without a head noun ("Islamic State", "Hamas", "GOP"). */
export const knownOrganization: CandidateRule = (run, ctx) => {
  const text = withoutArticle(run.text);
  const known = KNOWN_ORGANIZATION_INDEX.get(text);
  // "Armed Forces of the Philippines (AFP)": the article's own definition beats the lexicon's.
  const redefined = ctx.definitions.get(text);
  if (known && redefined && !KNOWN_ORGANIZATION_INDEX.has(redefined)) return null;
  if (known) return [candidate('knownOrganization', 'organization', known.name, run, { aliases: [...known.aliases] })];
  if (isKnownOrganization(text) && !isCommonWord(text)) return [candidate('knownOrganization', 'organization', text, run)];
  return null;
};

const ACTING_BEFORE_CAPITAL = new Set(['with', 'to', 'by', 'against', 'toward', 'towards', 'between', 'pressured', 'urged', 'and']);

/**
 * "Moscow has...", "ties with Moscow": a capital standing for its
 * government is a mention of the country; "in Moscow" is only a place.
 */
export const capitalAsGovernment: CandidateRule = (run, ctx) => {
  const country = capitalCountry(ctx, run.text);
  if (!country) return null;
  const next = lowerWordAfter(run, ctx);
  const prev = lowerWordBefore(run, ctx);
  const acting = (next !== null && (SUBJECT_VERBS.has(next) || GOVERNMENT_NOUNS.has(next)))
    || (prev !== null && ACTING_BEFORE_CAPITAL.has(prev) && !(next && PLACE_NOUNS_AFTER.has(next)));
  if (!acting) return [];
  return [countryCandidate('capitalAsGovernment', country, withGovernmentNoun(run, ctx))];
};

/** "American government", "Sudanese authorities": a demonym before a government noun is the country. */
export const demonymGovernment: CandidateRule = (run, ctx) => {
  if (run.tokens.length !== 1) return null;
  const country = demonymCountry(ctx, run.text);
  const ministry = country ? lowercaseMinistry(run, ctx, country) : null;
  if (ministry) return [ministry];
  // "French forces", "Kenyan troops": an unnamed acting collective, a group.
  const collective = tokenAfter(run, ctx);
  if (country && collective && GROUP_NOUNS.has(collective.text) && !collective.possessive) {
    const span = { start: run.start, end: collective.end, text: ctx.text.slice(run.start, collective.end) };
    return [candidate('demonymGroup', 'group', span.text, span, { affiliation: country.name })];
  }
  const next = lowerWordAfter(run, ctx);
  if (!country || !next || !GOVERNMENT_NOUNS.has(next)) return null;
  return [countryCandidate('demonymGovernment', country, withGovernmentNoun(run, ctx))];
};

// Head nouns that alone, capitalized mid-sentence, name one institution ("the Legislature").
const SINGLE_WORD_INSTITUTIONS = new Set([
  'congress', 'senate', 'parliament', 'legislature', 'cabinet', 'knesset', 'duma', 'bundestag', 'assembly', 'judiciary',
]);

/**
 * Organizations by shape: a head noun at the end ("Defense Ministry",
 * "Harlan Brothers Co."), a head with an "of" complement ("Ministry of
 * Defense"), a capitalized "The" mid-sentence ("The Hill"), a class noun or
 * government noun right after ("the X broadcaster", "the Obama administration").
 */
export const organizationShape: CandidateRule = (run, ctx) => {
  const toks = run.tokens;
  const last = lower(toks[toks.length - 1]!);
  const name = run.text;
  if (toks.length === 1 ? SINGLE_WORD_INSTITUTIONS.has(last) : ORG_HEADS.has(last) || CORPORATE_SUFFIXES.has(last)) {
    if (toks.length > 1 && PLACE_HEADS.has(last)) return null;
    return [candidate('organizationHead', 'organization', name, run)];
  }
  if (toks.length > 2 && ORG_LEAD_WORDS.has(lower(toks[0]!)) && toks.some((t) => t.text === 'of' || t.text === 'for')) {
    return [candidate('organizationLead', 'organization', name, run)];
  }
  // "U.S. Attorney's Office for the Western District of X": a head with a complement, anywhere in the run.
  if (toks.some((t, i) => i > 0 && ORG_HEADS.has(lower(t)) && /^(?:of|for|on)$/.test(toks[i + 1]?.text ?? ''))) {
    return [candidate('organizationComplement', 'organization', name, run)];
  }
  // The weaker cues below are not enough against a given name ("Taylor Swift, the label's star,").
  const personLike = toks.length <= 3 && isKnownFirstName(lowerText(toks[0]!)) && toks.every((t) => isNameToken(t, ctx));
  if (personLike) return null;
  if (classNounBefore(run, ctx) && !isKnownPlace(withoutArticle(name)) && !isDemonymOrIdentity(run, ctx) && !countryNamed(ctx, withoutArticle(name))) {
    return [candidate('organizationClassNounBefore', 'organization', withoutArticle(name), run)];
  }
  if (appositiveAfter(run, ctx)?.kind === 'organization') {
    return [candidate('organizationAppositive', 'organization', name, run)];
  }
  if (toks[0]!.text === 'The' && !toks[0]!.sentenceStart && toks.length > 1) {
    return [candidate('organizationTitleCase', 'organization', name, run)];
  }
  const next = lowerWordAfter(run, ctx);
  if (next === null || isDemonymOrIdentity(run, ctx) || countryNamed(ctx, withoutArticle(name))) return null;
  if (GOVERNMENT_NOUNS.has(next)) {
    const span = withGovernmentNoun(run, ctx);
    return [candidate('governmentOf', 'organization', span.text, span)];
  }
  if (classNounFollows(run, ctx) && !isKnownPlace(withoutArticle(name)) && !isPersonByCues(run, ctx)) {
    return [candidate('organizationClassNoun', 'organization', withoutArticle(name), run)];
  }
  return null;
};

/** "manufacturer Saab", "state news agency Antara": a lower-case class noun right before. */
function classNounBefore(run: Run, ctx: RuleContext): boolean {
  const prev = tokenBefore(run, ctx);
  if (!prev || prev.capitalized || !ORG_CLASS_NOUNS_BEFORE.has(prev.text)) return false;
  // "a group of", "the party in": the noun must not head a phrase of its own.
  const toks = run.tokens;
  if (toks.some((t) => isTitleWord(t)) || !toks.every((t) => t.capitalized)) return false;
  // A person can follow such a noun too ("studio head" aside): a given name says so; a common word alone is no name.
  return toks.length === 1 ? !isCommonWord(lowerText(toks[0]!)) : !isKnownFirstName(lowerText(toks[0]!));
}

/** "the X broadcaster", "the X news agency": a class noun right after, or after one lower-case modifier. */
function classNounFollows(run: Run, ctx: RuleContext): boolean {
  const next = tokenAfter(run, ctx);
  if (!next || isCapitalized(next)) return false;
  if (ORG_CLASS_NOUNS_AFTER.has(next.text)) return true;
  const after = ctx.tokens[next.index + 1];
  return !!after && onlySpaces(ctx.text, next.end, after.start) && !next.possessive
    && ORG_CLASS_NOUNS_AFTER.has(after.text) && !GOVERNMENT_NOUNS.has(after.text) && /^\p{Ll}+$/u.test(next.text)
    && !isFunctionWord(next.text) && !STOP_BEFORE_ROLE.has(next.text);
}

/**
 * "FBI", "NASA", "F.B.I.": an all-capital word (2-6 letters) used as a name.
 * Not: technical terms ("CPU", "SAR" defined as "synthetic aperture radar"),
 * words shouted in capitals ("HUGE"), model names ("GTX 1080", "PSLV" where the
 * text spells "Polar Satellite Launch Vehicle").
 */
export const acronym: CandidateRule = (run, ctx) => {
  const toks = run.tokens;
  if (toks.length === 1) {
    const word = toks[0]!.text;
    const letters = word.replace(/\./g, '');
    if (!isAllCaps(word) || letters.length > 6 || !/^\p{Lu}+$/u.test(letters)) return null;
    if (NON_ORG_ACRONYMS.has(letters.toLowerCase()) || countryNamed(ctx, word)) return [];
    const definition = ctx.definitions.get(letters);
    const definedAsBody = definition !== undefined && !HARDWARE_HEADS.has(definition.split(' ').pop()!.toLowerCase());
    if (!definedAsBody) {
      if (letters.length >= 3 && isCommonWord(letters)) return [];
      if (ctx.termAcronyms.has(letters) || ctx.modifierOnlyAcronyms.has(letters)) return [];
      const next = ctx.tokens[toks[0]!.index + 1];
      if (next && /^\d/.test(next.text) && next.start - toks[0]!.end <= 1) return [];
    }
    return [candidate('acronym', 'organization', word, run)];
  }
  // "Orbital ATK": a multi-word name with an all-capital word in it.
  if (toks.some((t, i) => i > 0 && isAllCaps(t.text) && !NAME_SUFFIXES.has(lower(t)) && !isInitial(t) && t.text.length > 2)) {
    return [candidate('acronymInName', 'organization', run.text, run)];
  }
  return null;
};

/** Demonyms, religions and regions alone ("Russian", "Muslims", "Western") are not actors. */
export const identityOnly: CandidateRule = (run, ctx) => (isDemonymOrIdentity(run, ctx) ? [] : null);

/** Places that are only places: known cities and regions, "X Ocean", "the X region", "in X". */
export const placeOnly: CandidateRule = (run, ctx) => {
  const text = withoutArticle(run.text);
  const last = lower(run.tokens[run.tokens.length - 1]!);
  const next = lowerWordAfter(run, ctx);
  if (isKnownPlace(text) || PLACE_HEADS.has(last) || (next !== null && PLACE_NOUNS_AFTER.has(next))) return [];
  if (run.tokens.length === 1 && isKnownPlace(lowerText(run.tokens[0]!))) return [];
  const prev = lowerWordBefore(run, ctx) ?? undefined;
  if (prev && LOCATIVE_PREPOSITIONS.has(prev) && prev !== 'of' && !isPersonByCues(run, ctx)) return [];
  return null;
};

/**
 * People without a title: a role noun before ("chairman X Y"), an
 * appositive role after ("X Y, a teacher at..."), a speech verb next to a
 * two-word name ("X Y said", "said X Y"), a known given name, a middle
 * initial or "Jr.", or a party-state tag ("(D-Minn.)").
 */
export const personByCues: CandidateRule = (run, ctx) => {
  if (!run.tokens.every((t) => isNameToken(t, ctx)) || run.tokens.length > 5) return null;
  const cues = personCues(run, ctx);
  if (!cues) return null;
  return [candidate('personByCues', 'person', run.text, run, { roles: cues.roles, affiliation: cues.affiliation })];
};

function isPersonByCues(run: Run, ctx: RuleContext): boolean {
  return run.tokens.every((t) => isNameToken(t, ctx)) && personCues(run, ctx) !== null;
}

interface PersonCues {
  roles: string[];
  affiliation: string | null;
}

function personCues(run: Run, ctx: RuleContext): PersonCues | null {
  const roles = precedingRoleWords(run, ctx);
  const appositive = appositiveAfter(run, ctx);
  if (appositive?.kind === 'organization' && !isKnownFirstName(lowerText(run.tokens[0]!))) return null;
  const partyTag = mayFollow(ctx.text, run.end, run.end + 20, 40 /* ( */) ? /^\s*\(([DRI])-[\p{L}. ]+\)/u.exec(ctx.text.slice(run.end, run.end + 20)) : null;
  const affiliation = partyTag ? ({ D: 'Democratic Party', R: 'Republican Party', I: null }[partyTag[1]!] ?? null) : appositive?.affiliation ?? null;
  if (appositive?.kind === 'person') roles.push(appositive.role);
  const before = appositiveBefore(run, ctx);
  if (before) roles.push(before);
  const multi = run.tokens.length >= 2;
  const next = lowerWordAfter(run, ctx);
  const prev = lowerWordBefore(run, ctx);
  const speech = (next !== null && SPEECH_VERBS.has(next)) || (prev !== null && SPEECH_VERBS.has(prev));
  const firstName = isKnownFirstName(lowerText(run.tokens[0]!));
  // "Jr." says person; a numeral ("Cobra II") only after a given name ("Elizabeth II").
  const initialOrSuffix = run.tokens.some((t) => isInitial(t) || lower(t) === 'jr' || lower(t) === 'sr' || (firstName && NAME_SUFFIXES.has(lower(t))));
  // "Scooter Braun ... Braun said": the last word of a two- or three-word name standing alone elsewhere is a surname.
  // Not when the first word stands alone too ("Google ... Google Stadia"): that is a brand and its product.
  const lastWord = run.tokens[run.tokens.length - 1]!;
  const first = run.tokens[0]!;
  const surnameRecurs = ctx.english && multi && run.tokens.length <= 3 && ctx.standaloneWords.has(lastWord.text)
    && !ctx.standaloneWords.has(first.text) && !isKnownOrganization(lowerText(first)) && !isKnownPlace(lowerText(lastWord))
    && (!isCommonWord(lowerText(first)) || firstName) && !isKnownPlace(run.tokens.slice(0, -1).map((t) => t.text).join(' '))
    && run.tokens.slice(1).every((t) => !isCommonWord(lowerText(t)) && !ctx.lowercaseWords.has(t.lowered) && !isAllCaps(t.text));
  // One word alone ("Solvik", "Tradewind") is too often a company or party for a role cue to decide.
  if (partyTag || (multi && (roles.length > 0 || speech || firstName || initialOrSuffix || surnameRecurs))) return { roles, affiliation };
  return null;
}

const ORG_APPOSITIVE_NOUNS = new Set([...ORG_CLASS_NOUNS_AFTER, 'organization', 'body', 'firm', 'company', 'group', 'subsidiary', 'unit', 'arm', 'wing', 'affiliate', 'offshoot', 'outfit']);

/** ", a teacher at X," / ", Harlan's chairman" / ", an al-Qaeda-linked organization" right after a run. */
function appositiveAfter(run: Run, ctx: RuleContext): { kind: 'person' | 'organization'; role: string; affiliation: string | null } | null {
  if (ctx.text.charCodeAt(run.end) !== 44 /* , */) return null;
  const m = /^,\s+(?:(?:a|an|the)\s+)?([^,.;:"“”()]{2,90})/u.exec(ctx.text.slice(run.end, run.end + 100));
  if (!m) return null;
  const phrase = m[1]!;
  const words = phrase.split(/\s+/).slice(0, 6);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!.replace(/['’]s$/u, '');
    const lw = lowerCased(w);
    if (SPEECH_VERBS.has(lw) || lw === 'who' || lw === 'which') return null;
    if (ROLE_NOUNS.has(lw)) {
      const owner = words.slice(0, i).find((x) => /['’]s$/u.test(x));
      return { kind: 'person', role: phrase.trim(), affiliation: owner ? owner.replace(/['’]s$/u, '') : null };
    }
    if (ORG_APPOSITIVE_NOUNS.has(w) && i > 0) return { kind: 'organization', role: phrase.trim(), affiliation: null };
  }
  return null;
}

/**
 * Cheap pre-checks for the context patterns below, which cut a window of text and run a
 * regex on it: the first character after optional white space, in [from, limit), is `code`.
 * False only when sure; a non-ASCII character (possibly Unicode white space) answers true.
 */
function mayFollow(text: string, from: number, limit: number, code: number): boolean {
  let i = from;
  const end = Math.min(limit, text.length);
  while (i < end && isAsciiSpace(text.charCodeAt(i))) i++;
  if (i >= end) return false;
  const c = text.charCodeAt(i);
  return c === code || c >= 128;
}

/** The same, reading back from `before` to `floor`: the last character before white space is `code`. */
function mayPrecede(text: string, before: number, floor: number, code: number): boolean {
  let i = before - 1;
  while (i >= floor && isAsciiSpace(text.charCodeAt(i))) i--;
  if (i < floor) return false;
  const c = text.charCodeAt(i);
  return c === code || c >= 128;
}

/** "The leader of X, Nadia Y," / "Chile's president, Tomas Z": a role phrase and a comma right before a run. */
function appositiveBefore(run: Run, ctx: RuleContext): string | null {
  if (!mayPrecede(ctx.text, run.start, Math.max(0, run.start - 80), 44 /* , */)) return null;
  const before = ctx.text.slice(Math.max(0, run.start - 80), run.start);
  if (!/,\s*$/u.test(before)) return null;
  const m = /(?:^|[.;:—]\s*|\n)((?:the|a|an|The|A|An)?[^,.;:\n"“”]{2,70}),\s*$/u.exec(before);
  if (!m) return null;
  const words = m[1]!.trim().split(/\s+/);
  if (words.length > 8) return null;
  return words.some((w) => ROLE_NOUNS.has(w.replace(/['’]s$/u, '').toLowerCase())) ? m[1]!.trim() : null;
}

/**
 * A single unknown capitalized word that is not a common word, place,
 * demonym or person cue is most often a company or body named in passing
 * ("Streamly", "Kosmotek"). Multi-word runs without any cue are dropped:
 * they are mostly titles of works, events and places.
 */
export const singleWordOrganization: CandidateRule = (run, ctx) => {
  if (run.tokens.length !== 1) return [];
  const t = run.tokens[0]!;
  const w = lowerText(t);
  if (t.sentenceStart || isCommonWord(w) || ctx.lowercaseWords.has(w) || isKnownFirstName(w) || t.text.length < 3) return [];
  if (/^\p{Lu}\p{Ll}+(?:ly|ing|ed|ite|ites)$/u.test(t.text) || ORG_HEADS.has(lower(t)) || NON_ACTOR_NAMES.has(lower(t))) return [];
  // "Gripen jets", "the Zorbix app": a word seen more often naming a product than acting.
  if ((ctx.productUses.get(t.text) ?? 0) > (ctx.actingUses.get(t.text) ?? 0) || ctx.vesselNames.has(t.text)) return [];
  // Evidence that the word names a body rather than a thing, place or work: an inner capital
  // ("DeskHub"), acting as a subject ("X said", "X's"), or several mentions.
  const camelCase = /^\p{Lu}[\p{Ll}\p{N}]+\p{Lu}/u.test(t.text);
  const next = lowerWordAfter(run, ctx);
  const acting = t.possessive || (next !== null && SUBJECT_VERBS.has(next));
  const repeated = (ctx.midSentenceCounts.get(t.text) ?? 0) >= 2;
  if (!camelCase && !acting && !repeated) return [];
  return [candidate('singleWordOrganization', 'organization', t.text, run)];
};

/**
 * "supporters of Trump": the few world leaders news names by surname alone.
 * The candidate carries the full name, so that it matches the person named
 * in full elsewhere.
 */
export const famousSurname: CandidateRule = (run) => {
  if (run.tokens.length !== 1) return null;
  const full = FAMOUS_SURNAME_INDEX.get(run.tokens[0]!.text);
  return full ? [candidate('famousSurname', 'person', full, run)] : null;
};

// A Map, not the record: looking up an arbitrary word as a property name internalizes the string first.
// (A run's first word is capitalized, so no Object.prototype name could have matched the record.)
const FAMOUS_SURNAME_INDEX: ReadonlyMap<string, string> = new Map(Object.entries(FAMOUS_SURNAMES));

/** "JS Takanami", "USS Ford": a ship's name is equipment, never an actor. */
export const vesselName: CandidateRule = (run) => (SHIP_PREFIXES.has(run.tokens[0]!.text) && run.tokens.length > 1 ? [] : null);

const ROMAN_OR_LETTER = /^(?:[IVX]{1,4}|\p{Lu})$/u;

/**
 * "Cobra II", "Gripen E", "Otokar Cobra II armored vehicles": a name ending
 * in a variant letter or numeral, or a multi-word name right before a
 * product noun, is a model.
 */
export const productModel: CandidateRule = (run, ctx) => {
  const toks = run.tokens;
  const last = toks[toks.length - 1]!;
  if (toks.length > 1 && ROMAN_OR_LETTER.test(last.text.replace(/\.$/, '')) && !last.text.endsWith('.')) return [];
  const next = tokenAfter(run, ctx);
  const nextNext = next ? ctx.tokens[next.index + 1] : undefined;
  const nounAfter = next !== null && (PRODUCT_NOUNS_AFTER.has(next.text)
    || (startsLower(next.text) && !!nextNext && isPlainGap(ctx.text, next, nextNext) && PRODUCT_NOUNS_AFTER.has(nextNext.text) && !isFunctionWord(next.text)));
  if (toks.length > 1 && nounAfter && !ORG_HEADS.has(lower(last))) return [];
  return null;
};

/** Rules in order of precedence: the first that claims a run decides. */
export const CANDIDATE_RULES: readonly (readonly [string, CandidateRule])[] = [
  ['vesselName', vesselName],
  ['titledPerson', titledPerson],
  ['countryGazetteer', countryGazetteer],
  ['knownOrganization', knownOrganization],
  ['capitalAsGovernment', capitalAsGovernment],
  ['demonymGovernment', demonymGovernment],
  ['organizationShape', organizationShape],
  ['famousSurname', famousSurname],
  ['acronym', acronym],
  ['identityOnly', identityOnly],
  ['placeOnly', placeOnly],
  ['personByCues', personByCues],
  ['productModel', productModel],
  ['singleWordOrganization', singleWordOrganization],
];

/**
 * Outside English, capitals mark nouns (German) or every word of a title,
 * and the cue words are English: only names found in a gazetteer or lexicon,
 * and people with a title or a known given name, are trusted.
 */
const FOREIGN_TEXT_RULES: readonly (readonly [string, CandidateRule])[] = [
  ['titledPerson', titledPerson],
  ['countryGazetteer', countryGazetteer],
  ['knownOrganization', knownOrganization],
  ['identityOnly', identityOnly],
  ['placeOnly', placeOnly],
  ['personByCues', personByCues],
];

/**
 * "House of Representatives Speaker", "Acme Chief Executive": titles at the
 * end of a run (no name after them) are a role, not part of a name.
 */
export function trimTrailingTitles(run: Run, ctx: RuleContext): Run | null {
  // Find the cut first and slice once: a run of thousands of titles must not be copied once per title.
  let keep = run.tokens.length;
  while (keep > 0 && isTitleWord(run.tokens[keep - 1]!) && !ORG_HEADS.has(lower(run.tokens[keep - 1]!))) keep--;
  if (keep === run.tokens.length) return run;
  const tokens = run.tokens.slice(0, keep);
  // "International Court of Justice", "Office of the Inspector General": a title inside a complement is the name's.
  if (tokens.length > 0 && !isCapitalized(tokens[tokens.length - 1]!)) return run;
  return tokens.length > 0 ? makeRun(ctx.text, tokens) : null;
}

/** "ST. JOSEPH", "LUCAS MOREIRA": several words in capitals are a dateline, byline or shout, not a name. */
function isShoutedPhrase(run: Run): boolean {
  return run.tokens.length > 1 && run.tokens.every((t) => isAllCaps(t.text) || !isCapitalized(t)) && run.tokens.some((t) => t.text.replace(/\./g, '').length > 3);
}

/** Runs every rule over every run (after trimming positional capitals), then the list refiner. */
export function findCandidates(runs: readonly Run[], ctx: RuleContext): Candidate[] {
  const out: Candidate[] = [];
  const undecided: Run[] = [];
  for (const raw of runs) {
    const trimmed = trimPositionalCapitals(raw, ctx);
    const run = trimmed && trimTrailingTitles(trimmed, ctx);
    if (!run || (isShoutedPhrase(run) && !countryNamed(ctx, run.text) && !KNOWN_ORGANIZATION_INDEX.has(run.text))) continue;
    for (const [name, rule] of ctx.english ? CANDIDATE_RULES : FOREIGN_TEXT_RULES) {
      const claimed = rule(run, ctx);
      if (claimed) {
        out.push(...claimed);
        if (name === 'singleWordOrganization' && claimed.length === 0) undecided.push(run);
        break;
      }
    }
  }
  const all = [...out, ...organizationsListedWithOrganizations(undecided, out, ctx), ...(ctx.english ? unnamedArmedGroups(ctx) : [])];
  return all.map((c) => (c.type === 'organization' ? withAppositiveAlias(c, ctx) : c));
}

const DESCRIPTION_NOUNS = new Set([...ORG_CLASS_NOUNS_AFTER, 'body', 'firm', 'company', 'regulator', 'watchdog', 'operator', 'giant', 'carrier']);

/**
 * "Kosmotek, the Ruritanian space agency," / "the Ruritanian space
 * agency Kosmotek": a description in apposition names the same body, so it is an
 * alias ("the space agency said" later is Kosmotek speaking).
 */
const DESCRIPTION = String.raw`((?:(?:\p{Ll}[\p{L}-]*|\p{Lu}\p{Ll}+)\s+){0,3}(\p{Ll}+))`;
const DESCRIPTION_AFTER = new RegExp(String.raw`^,\s+the\s+${DESCRIPTION}\s*[,.;]`, 'u');
const DESCRIPTION_BEFORE = new RegExp(String.raw`\bthe\s+${DESCRIPTION}\s+$`, 'u');

export function withAppositiveAlias(c: Candidate, ctx: RuleContext): Candidate {
  // The windows are cut only when the character next to the mention allows a description there.
  const { text } = ctx;
  const { start, end } = c.mention;
  const after = text.charCodeAt(end) === 44 /* , */ ? DESCRIPTION_AFTER.exec(text.slice(end, end + 60)) : null;
  const preceding = text.charCodeAt(start - 1) === 32 ? text.slice(Math.max(0, start - 60), start) : '';
  const before = /\p{Ll} $/u.test(preceding) ? DESCRIPTION_BEFORE.exec(preceding) : null;
  if (after === null && before === null) return c;
  const aliases = [after, before]
    .filter((m): m is RegExpExecArray => m !== null && DESCRIPTION_NOUNS.has(m[2]!))
    .map((m) => m[1]!)
    .filter((alias) => alias.split(/\s+/).every((w) => /^\p{Ll}/u.test(w) || demonymCountry(ctx, w) !== null) && alias.includes(' '));
  return aliases.length > 0 ? { ...c, aliases: [...c.aliases, ...aliases] } : c;
}

/** "jihadist groups", "Islamist militants": unnamed armed collectives written in lower case, as groups. */
export function unnamedArmedGroups(ctx: RuleContext): Candidate[] {
  const out: Candidate[] = [];
  const { tokens, text } = ctx;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const adjective = tokens[i]!;
    const noun = tokens[i + 1]!;
    if (!GROUP_ADJECTIVES.has(adjective.lowered) || !ARMED_COLLECTIVES.has(noun.text) || !isPlainGap(text, adjective, noun)) continue;
    const span = { start: adjective.start, end: noun.end, text: text.slice(adjective.start, noun.end) };
    out.push(candidate('unnamedArmedGroup', 'group', span.text, span));
  }
  return out;
}

/**
 * "Orbit Pictures, Zentor and StreamCo": an unknown single word listed
 * beside organizations (a comma or "and" between) is one of them.
 */
export function organizationsListedWithOrganizations(undecided: readonly Run[], found: readonly Candidate[], ctx: RuleContext): Candidate[] {
  const orgStarts = new Set<number>();
  const orgEnds = new Set<number>();
  for (const c of found) {
    if (c.type !== 'organization') continue;
    orgStarts.add(c.mention.start);
    orgEnds.add(c.mention.end);
  }
  const out: Candidate[] = [];
  for (const run of undecided) {
    const t = run.tokens[0]!;
    if (run.tokens.length !== 1 || t.sentenceStart || t.possessive || t.text.endsWith('.') || CORPORATE_SUFFIXES.has(t.lowered) || !isListableWord(t, ctx)) continue;
    const after = /^(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+)/u.exec(ctx.text.slice(run.end, run.end + 8));
    const before = /(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/u.exec(ctx.text.slice(Math.max(0, run.start - 8), run.start));
    // An enumeration (a comma on one side) whose every joined neighbour is an organization.
    const commaList = (after?.[0].startsWith(',') ?? false) || (before?.[0].startsWith(',') ?? false);
    const afterOk = !after || orgStarts.has(run.end + after[0].length);
    const beforeOk = !before || orgEnds.has(run.start - before[0].length);
    if (commaList && afterOk && beforeOk) out.push(candidate('listedOrganization', 'organization', t.text, run));
  }
  return out;
}

/** A capitalized word that could be a name: not a common word, place, given name or adverb-like form. */
function isListableWord(t: Token, ctx: RuleContext): boolean {
  const w = lowerText(t);
  return !isCommonWord(w) && !ctx.lowercaseWords.has(w) && !isKnownFirstName(w) && t.text.length >= 3 && !isKnownPlace(w)
    && !/^\p{Lu}\p{Ll}+(?:ly|ing|ed|ite|ites|an|ans)$/u.test(t.text) && !NON_ACTOR_NAMES.has(w) && !ctx.vesselNames.has(t.text);
}

/** "National Transit Union (NTU)": a name followed by its acronym in parentheses. */
export function acronymDefinitions(text: string): Map<string, string> {
  const defs = new Map<string, string>();
  // Find "(ABC)" first, then read the name backwards from it: one cheap scan instead of a
  // name-shaped pattern tried at every capital of the article.
  // Words on one line only: a name does not run across a paragraph break ("... in June.\n\nThe Ski Federation (SF)").
  const nameBefore = /((?:\p{Lu}[\p{L}.'’&-]*[ \t\u00a0]+(?:(?:of|for|and|the|on|&)[ \t\u00a0]+)*){1,8})$/u;
  const define = (acr: string, before: string): void => {
    const m = nameBefore.exec(before);
    if (!m) return;
    const name = definedName(m[1]!.trim(), acr);
    if (name && !defs.has(acr)) defs.set(acr, name);
  };
  // Texts without a parenthesis (many) skip the scan.
  if (text.includes('(')) for (const paren of text.matchAll(/\((\p{Lu}{2,7})\)/gu)) define(paren[1]!, text.slice(Math.max(0, paren.index - 160), paren.index));
  // "The Brazilian Air Force, known by its Portuguese initials FAB,": the same definition in words.
  const knownAs = /,\s+(?:also\s+|commonly\s+|widely\s+)?known\s+(?:as|by\s+(?:its|the)\s+(?:[\p{L}-]+\s+)?(?:initials|acronym|abbreviation))\s+(\p{Lu}{2,7})\b/gu;
  // The pattern needs the word "known": most texts lack it, and then the scan for commas is skipped.
  if (text.includes('known')) for (const m of text.matchAll(knownAs)) define(m[1]!, `${text.slice(Math.max(0, m.index - 160), m.index)} `);
  return defs;
}

/**
 * The part of a capitalized phrase that an acronym abbreviates: the
 * shortest tail whose initials spell it ("NTU"), or skip a word
 * ("OHCHR" for "Office of the U.N. High Commissioner for Human Rights"); an
 * acronym from another language ("BRIN", "SSB") still names the
 * organization written just before it, without a leading possessive.
 */
function definedName(phrase: string, acr: string): string | null {
  const words = phrase.split(/\s+/);
  const capitals = words.filter((w) => /^\p{Lu}/u.test(w));
  for (let i = 0; i < capitals.length; i++) {
    const tail = capitals.slice(i);
    if (initialsMatch(tail, acr)) return phrase.slice(phrase.indexOf(tail[0]!)).trim();
  }
  // A sentence ends before "The" after a word with a final period ("in June. The Ski Federation (FIS)").
  let start = 0;
  for (let i = 1; i < words.length - 1; i++) if (/^The$/.test(words[i]!) && /\p{Ll}{2}\.$/u.test(words[i - 1]!)) start = i;
  while (start < words.length - 1 && (/['’]s$/u.test(words[start]!) || /^the$/i.test(words[start]!))) start++;
  const rest = words.slice(start);
  const initials = rest.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]!).join('');
  if (initials[0] === acr[0] && isSubsequence(acr, initials)) return rest.join(' ');
  if (rest.some((w) => ORG_HEADS.has(w.toLowerCase().replace(/\.$/, '')))) return rest.join(' ');
  return null;
}

/**
 * Acronyms that name things, not bodies: defined after lower-case words
 * ("synthetic aperture radar (SAR)", "bisphenol A (BPA)": the letters in
 * order, the first one starting the phrase), or spelling a capitalized
 * hardware name ("Polar Satellite Launch Vehicle" -> PSLV).
 */
export function termAcronyms(text: string, tokens: readonly Token[]): Set<string> {
  const terms = new Set<string>();
  for (const paren of text.includes(' (') ? text.matchAll(/ \((\p{Lu}{2,6})\)/gu) : []) {
    const acr = paren[1]!.toLowerCase();
    // Up to five words before the parenthesis, read back from it.
    const words = text.slice(Math.max(0, paren.index - 80), paren.index).split(' ').slice(-5).filter((w) => /^[\p{L}-]+$/u.test(w));
    // The shortest tail of lower-case words (a lone capital letter allowed: "bisphenol A") that spells it.
    for (let i = words.length - 1; i >= 0; i--) {
      if (!/^\p{Ll}/u.test(words[i]!) && !/^\p{Lu}$/u.test(words[i]!)) break;
      const phrase = words.slice(i).join(' ').toLowerCase();
      if (phrase[0] === acr[0] && isSubsequence(acr, phrase.replace(/[^\p{L}]/gu, ''))) {
        terms.add(paren[1]!);
        break;
      }
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.capitalized || !HARDWARE_HEADS.has(t.lowered)) continue;
    let j = i;
    while (j > 0 && tokens[j - 1]!.capitalized && !isFunctionWord(tokens[j - 1]!.text) && /^ $/.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start))) j--;
    if (i - j >= 1) terms.add(tokens.slice(j, i + 1).map((w) => w.text[0]!.toUpperCase()).join(''));
  }
  return terms;
}

function isSubsequence(needle: string, hay: string): boolean {
  let k = 0;
  for (let i = 0; i < hay.length && k < needle.length; i++) if (hay[i] === needle[k]) k++;
  return k === needle.length;
}

/** The acronym's letters are the initials of the name's capitalized words ("International Criminal Court" = ICC). */
export function initialsMatch(words: readonly string[], acr: string): boolean {
  // Inner capitals count as initials too ("NewSpace India Limited" = NSIL).
  const initials = words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]! + (/^\p{Lu}+$/u.test(w) ? '' : (w.slice(1).match(/(?<=\p{Ll})\p{Lu}/gu) ?? []).join(''))).join('');
  const plain = words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
  if (plain === acr.toUpperCase() || plain === acr.toUpperCase().replace(/S$/, '')) return true;
  return initials === acr.toUpperCase() || initials === acr.toUpperCase().replace(/S$/, '');
}
