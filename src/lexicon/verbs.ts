/**
 * Verbs of saying, as one table: each verb once, by its lemma, with what it
 * does for the extractors. Every inflected form is generated from the lemma
 * (`inflect.ts`), and each use takes the forms that make sense for it, so
 * adding a verb is one line here: `fume: { uses: ['speech'] }` makes "fumed",
 * "fumes" and "fuming" attribute quotes.
 */
import { inflect, type VerbForm, type VerbSpelling } from './inflect.js';

/** What a verb does for the extractors. */
export type VerbUse =
  /** Attributes words to a speaker anywhere in the cue clause ("…," she said; he tweeted: "…"). */
  | 'speech'
  /** Attributes a quote only when it touches it ("“…,” she laughed"); elsewhere no speech. */
  | 'touching'
  /** May run on into reported speech by the same speaker ("Doe said she …"). */
  | 'runsOn'
  /** Takes its speaker after it (", said Doe"). */
  | 'inverting'
  /** Introduces a quote as a participle ("…, saying “…”"). */
  | 'quotedAs'
  /** Names a thing rather than quoting ("called it “a disaster”"): the marks hold a name. */
  | 'naming'
  /** A sentence without quotation marks still tells what its subject says ("told parliament the deficit would shrink"). */
  | 'reporting'
  /** Introduces a reported claim with "that" (indirect quotes: "announced that …"). */
  | 'claim'
  /** Marks the capitalized name before or after it as a person or a speaking body (actors: "Doe said", "said Doe"). */
  | 'marksSpeaker';

/**
 * The forms each use takes. The base form is left out everywhere unless an
 * entry asks for it (`alsoBase`): "to deny", "agreed to testify" are no
 * attributions. Forms that mostly mean something else are left out where
 * they would start an attribution (`misleading`: "the notes", "a branding
 * firm", "maintaining a stance"), but kept where they touch a quote and where
 * they only mark a name as a speaker ("as Mashable reports").
 */
const FORMS_OF_USE: Readonly<Record<VerbUse, readonly VerbForm[]>> = {
  speech: ['s', 'past', 'ing'],
  touching: ['past', 's'],
  runsOn: ['past', 's'],
  inverting: ['past', 's'],
  quotedAs: ['ing'],
  naming: ['past'],
  reporting: ['past', 's'],
  claim: ['past', 's'],
  marksSpeaker: ['past', 's'],
};

export interface Verb extends VerbSpelling {
  readonly uses: readonly VerbUse[];
  /** Uses in which the base form counts too ("they say", "Doe and Roe argue"). */
  readonly alsoBase?: readonly VerbUse[];
  /** Forms that mostly mean something else ("the notes", "a branding firm"); see FORMS_OF_USE. */
  readonly misleading?: readonly VerbForm[];
}

const SPEAKS_AND_REPORTS: readonly VerbUse[] = ['speech', 'inverting', 'reporting', 'marksSpeaker'];

/**
 * The verbs. Spelling hints: `past`/`participle` for irregular verbs,
 * `double` when the final consonant doubles ("quip" → "quipped"), `also`
 * for a second spelling of one form ("labelled" beside "labeled").
 */
export const VERBS: Readonly<Record<string, Verb>> = {
  say: { uses: ['speech', 'runsOn', 'inverting', 'quotedAs', 'reporting', 'claim', 'marksSpeaker'], past: 'said', alsoBase: ['speech', 'marksSpeaker'] },
  tell: { uses: ['speech', 'runsOn', 'quotedAs', 'reporting', 'claim', 'marksSpeaker'], past: 'told', alsoBase: ['speech'] },
  add: { uses: ['speech', 'runsOn', 'inverting', 'quotedAs', 'reporting', 'claim', 'marksSpeaker'], alsoBase: ['speech'] },
  write: { uses: ['speech', 'inverting', 'quotedAs', 'reporting', 'marksSpeaker'], past: 'wrote', alsoBase: ['speech'] },
  announce: { uses: ['speech', 'claim', 'marksSpeaker'], alsoBase: ['speech'] },
  declare: { uses: [...SPEAKS_AND_REPORTS, 'claim'], alsoBase: ['speech'] },
  state: { uses: [...SPEAKS_AND_REPORTS, 'claim'] },
  note: { uses: [...SPEAKS_AND_REPORTS, 'claim'], misleading: ['s'] },
  explain: { uses: SPEAKS_AND_REPORTS, alsoBase: ['speech'] },
  insist: { uses: [...SPEAKS_AND_REPORTS, 'claim'], alsoBase: ['speech'] },
  argue: { uses: [...SPEAKS_AND_REPORTS, 'claim'], alsoBase: ['speech'] },
  ask: { uses: ['speech', 'marksSpeaker'], alsoBase: ['speech'] },
  reply: { uses: SPEAKS_AND_REPORTS },
  respond: { uses: ['speech', 'reporting'] },
  tweet: { uses: ['speech', 'inverting', 'marksSpeaker'] },
  admit: { uses: ['speech', 'reporting', 'marksSpeaker'], double: true, alsoBase: ['speech'] },
  acknowledge: { uses: ['speech', 'reporting', 'marksSpeaker'] },
  warn: { uses: ['speech', 'reporting', 'claim', 'marksSpeaker'], alsoBase: ['speech'] },
  claim: { uses: ['speech', 'reporting', 'claim', 'marksSpeaker'] },
  continue: { uses: ['speech', 'inverting'] },
  recall: { uses: SPEAKS_AND_REPORTS },
  urge: { uses: ['speech', 'marksSpeaker'], misleading: ['s'] },
  chant: { uses: ['speech'], alsoBase: ['speech'], misleading: ['s'] },
  shout: { uses: ['speech'] },
  cry: { uses: ['speech'] },
  yell: { uses: ['speech'] },
  whisper: { uses: ['speech'], misleading: ['s'] },
  scream: { uses: ['speech'] },
  joke: { uses: ['speech'], misleading: ['s'] },
  concede: { uses: ['speech', 'reporting'] },
  caution: { uses: ['speech', 'touching', 'inverting', 'reporting'], misleading: ['s'] },
  predict: { uses: ['speech', 'reporting', 'marksSpeaker'] },
  remark: { uses: ['speech', 'inverting'], misleading: ['s'] },
  observe: { uses: ['speech', 'touching', 'inverting'] },
  suggest: { uses: ['speech', 'marksSpeaker'] },
  emphasize: { uses: ['speech', 'reporting'] },
  emphasise: { uses: ['speech', 'reporting'] },
  stress: { uses: ['speech', 'reporting', 'marksSpeaker'], misleading: ['s'] },
  affirm: { uses: ['speech'] },
  vow: { uses: ['speech', 'marksSpeaker'], misleading: ['s'] },
  promise: { uses: ['speech'], misleading: ['s'] },
  pledge: { uses: ['speech'], misleading: ['s'] },
  boast: { uses: ['speech'], misleading: ['s'] },
  complain: { uses: ['speech'] },
  lament: { uses: ['speech'], misleading: ['s'] },
  quip: { uses: ['speech'], double: true, misleading: ['s'] },
  confirm: { uses: ['speech', 'claim', 'marksSpeaker'] },
  deny: { uses: ['speech', 'claim', 'marksSpeaker'] },
  report: { uses: ['speech', 'claim', 'marksSpeaker'], misleading: ['s'] },
  comment: { uses: ['speech', 'touching'], misleading: ['s'] },
  conclude: { uses: ['speech', 'inverting'] },
  call: { uses: ['speech', 'naming'], misleading: ['s'] },
  describe: { uses: ['speech', 'naming'] },
  text: { uses: ['speech'], misleading: ['s'] },
  email: { uses: ['speech'], misleading: ['s'] },
  testify: { uses: ['speech', 'reporting'] },
  recount: { uses: ['speech'] },
  maintain: { uses: ['speech', 'reporting'], misleading: ['ing'] },
  contend: { uses: ['speech', 'reporting'] },
  counter: { uses: ['speech'], misleading: ['s'] },
  retort: { uses: ['speech'], misleading: ['s'] },
  demand: { uses: ['speech'], misleading: ['s'] },
  reiterate: { uses: ['speech'] },
  assure: { uses: ['speech'] },
  muse: { uses: ['speech'], misleading: ['s'] },
  sing: { uses: ['speech', 'touching'], past: 'sang' },
  read: { uses: ['speech'], past: 'read', alsoBase: ['speech'] },
  proclaim: { uses: ['speech'] },
  accuse: { uses: ['speech'] },
  dismiss: { uses: ['speech'] },
  hail: { uses: ['speech'], misleading: ['s'] },
  condemn: { uses: ['speech', 'marksSpeaker'] },
  nickname: { uses: ['speech', 'naming'], misleading: ['s'] },
  blast: { uses: ['speech'], misleading: ['s'] },
  slam: { uses: ['speech'], double: true, misleading: ['s'] },
  praise: { uses: ['speech'], misleading: ['s'] },
  criticize: { uses: ['speech'] },
  criticise: { uses: ['speech'] },
  brand: { uses: ['speech', 'naming'], misleading: ['s', 'ing'] },
  dub: { uses: ['speech', 'naming'], double: true },
  label: { uses: ['speech', 'naming'], also: ['labelled', 'labelling'], misleading: ['s', 'ing'] },
  title: { uses: ['naming'], misleading: ['s'] },
  entitle: { uses: ['naming'] },
  name: { uses: ['naming'], misleading: ['s'] },
  post: { uses: ['speech', 'marksSpeaker'], misleading: ['s'] },
  allege: { uses: ['speech'] },
  laugh: { uses: ['touching'], misleading: ['s'] },
  instruct: { uses: ['touching'] },
  agree: { uses: ['touching'] },
  order: { uses: ['touching'], misleading: ['s'] },
  sigh: { uses: ['touching'], misleading: ['s'] },
  smile: { uses: ['touching'], misleading: ['s'] },
  snap: { uses: ['touching'], double: true },
  shrug: { uses: ['touching'], double: true, misleading: ['s'] },
  nod: { uses: ['touching'], double: true, misleading: ['s'] },
  chime: { uses: ['touching'] },
  exclaim: { uses: ['touching'] },
  wonder: { uses: ['touching'], misleading: ['s'] },
  plead: { uses: ['touching'] },
  retaliate: { uses: ['touching'] },
  press: { uses: ['touching'], misleading: ['s'] },
  beg: { uses: ['touching'], double: true },
  bark: { uses: ['touching'], misleading: ['s'] },
  mutter: { uses: ['touching'] },
  murmur: { uses: ['touching'], misleading: ['s'] },
  gush: { uses: ['touching'] },
  rave: { uses: ['touching'] },
  beam: { uses: ['touching'], misleading: ['s'] },
  scoff: { uses: ['touching'] },
  interject: { uses: ['touching'] },
  elaborate: { uses: ['touching'] },
  reflect: { uses: ['touching'] },
  believe: { uses: ['reporting', 'marksSpeaker'] },
  think: { uses: ['reporting', 'marksSpeaker'], past: 'thought' },
  hint: { uses: ['marksSpeaker'] },
  speak: { uses: ['marksSpeaker'], past: 'spoke', participle: 'spoken' },
};

/** Every form of the verbs that have this use, lower case. */
export function verbFormsFor(use: VerbUse): ReadonlySet<string> {
  const out = new Set<string>();
  for (const [lemma, verb] of Object.entries(VERBS)) {
    if (!verb.uses.includes(use)) continue;
    const forms = inflect(lemma, verb);
    const trusted = use === 'touching' || use === 'marksSpeaker';
    const kinds: VerbForm[] = FORMS_OF_USE[use].filter((kind) => trusted || !verb.misleading?.includes(kind));
    if (verb.alsoBase?.includes(use)) kinds.push('base');
    for (const kind of kinds) for (const form of forms[kind]) out.add(form);
  }
  return out;
}
