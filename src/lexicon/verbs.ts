/**
 * Verbs of saying, as one table: each verb once, by its lemma, with what it
 * does for the extractors. Every inflected form is generated from the lemma
 * (`inflect.ts`), and each use takes the forms that make sense for it, so
 * adding a verb is one line here: `fume: ['speech']` makes "fumed", "fumes",
 * "fuming" and "fume" attribute quotes.
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

/** The forms each use takes. Base forms are left out for verbs whose base is also a common noun (see `nounToo`). */
const FORMS_OF_USE: Readonly<Record<VerbUse, readonly VerbForm[]>> = {
  speech: ['base', 's', 'past', 'ing'],
  touching: ['past', 's'],
  runsOn: ['past', 's'],
  inverting: ['past', 's'],
  quotedAs: ['ing'],
  naming: ['past'],
  reporting: ['past', 's'],
  claim: ['past', 's'],
  marksSpeaker: ['base', 'past', 's'],
};

export interface Verb extends VerbSpelling {
  readonly uses: readonly VerbUse[];
  /** The base form is mostly a noun ("a claim", "the state"): never read as the verb. */
  readonly nounToo?: boolean;
}

const SPEAKS_AND_REPORTS: readonly VerbUse[] = ['speech', 'inverting', 'reporting', 'marksSpeaker'];

/**
 * The verbs. Spelling hints: `past`/`participle` for irregular verbs,
 * `double` when the final consonant doubles ("quip" → "quipped"), `also`
 * for a second spelling of one form ("labelled" beside "labeled").
 */
export const VERBS: Readonly<Record<string, Verb>> = {
  say: { uses: ['speech', 'runsOn', 'inverting', 'quotedAs', 'reporting', 'claim', 'marksSpeaker'], past: 'said' },
  tell: { uses: ['speech', 'runsOn', 'quotedAs', 'reporting', 'claim', 'marksSpeaker'], past: 'told' },
  add: { uses: ['speech', 'runsOn', 'inverting', 'quotedAs', 'reporting', 'claim', 'marksSpeaker'] },
  write: { uses: ['speech', 'inverting', 'quotedAs', 'reporting', 'marksSpeaker'], past: 'wrote' },
  announce: { uses: ['speech', 'claim', 'marksSpeaker'] },
  declare: { uses: [...SPEAKS_AND_REPORTS, 'claim'] },
  state: { uses: [...SPEAKS_AND_REPORTS, 'claim'], nounToo: true },
  note: { uses: [...SPEAKS_AND_REPORTS, 'claim'], nounToo: true },
  explain: { uses: SPEAKS_AND_REPORTS },
  insist: { uses: [...SPEAKS_AND_REPORTS, 'claim'] },
  argue: { uses: [...SPEAKS_AND_REPORTS, 'claim'] },
  ask: { uses: ['speech', 'marksSpeaker'] },
  reply: { uses: SPEAKS_AND_REPORTS, nounToo: true },
  respond: { uses: ['speech', 'reporting'] },
  tweet: { uses: ['speech', 'inverting', 'marksSpeaker'], nounToo: true },
  admit: { uses: ['speech', 'reporting', 'marksSpeaker'], double: true },
  acknowledge: { uses: ['speech', 'reporting', 'marksSpeaker'] },
  warn: { uses: ['speech', 'reporting', 'claim', 'marksSpeaker'] },
  claim: { uses: ['speech', 'reporting', 'claim', 'marksSpeaker'], nounToo: true },
  continue: { uses: ['speech', 'inverting'] },
  recall: { uses: SPEAKS_AND_REPORTS, nounToo: true },
  urge: { uses: ['speech', 'marksSpeaker'], nounToo: true },
  chant: { uses: ['speech'], nounToo: true },
  shout: { uses: ['speech'], nounToo: true },
  cry: { uses: ['speech'], nounToo: true },
  yell: { uses: ['speech'], nounToo: true },
  whisper: { uses: ['speech'], nounToo: true },
  scream: { uses: ['speech'], nounToo: true },
  joke: { uses: ['speech'], nounToo: true },
  concede: { uses: ['speech', 'reporting'] },
  caution: { uses: ['speech', 'touching', 'inverting', 'reporting'], nounToo: true },
  predict: { uses: ['speech', 'reporting', 'marksSpeaker'] },
  remark: { uses: ['speech', 'inverting'], nounToo: true },
  observe: { uses: ['speech', 'touching', 'inverting'] },
  suggest: { uses: ['speech', 'marksSpeaker'] },
  emphasize: { uses: ['speech', 'reporting'] },
  emphasise: { uses: ['speech', 'reporting'] },
  stress: { uses: ['speech', 'reporting', 'marksSpeaker'], nounToo: true },
  affirm: { uses: ['speech'] },
  vow: { uses: ['speech', 'marksSpeaker'], nounToo: true },
  promise: { uses: ['speech'], nounToo: true },
  pledge: { uses: ['speech'], nounToo: true },
  boast: { uses: ['speech'], nounToo: true },
  complain: { uses: ['speech'] },
  lament: { uses: ['speech'], nounToo: true },
  quip: { uses: ['speech'], nounToo: true, double: true },
  confirm: { uses: ['speech', 'claim', 'marksSpeaker'] },
  deny: { uses: ['speech', 'claim', 'marksSpeaker'] },
  report: { uses: ['speech', 'claim', 'marksSpeaker'], nounToo: true },
  comment: { uses: ['speech', 'touching'], nounToo: true },
  conclude: { uses: ['speech', 'inverting'] },
  call: { uses: ['speech', 'naming'], nounToo: true },
  describe: { uses: ['speech', 'naming'] },
  text: { uses: ['speech'], nounToo: true },
  email: { uses: ['speech'], nounToo: true },
  testify: { uses: ['speech', 'reporting'] },
  recount: { uses: ['speech'], nounToo: true },
  maintain: { uses: ['speech', 'reporting'] },
  contend: { uses: ['speech', 'reporting'] },
  counter: { uses: ['speech'], nounToo: true },
  retort: { uses: ['speech'], nounToo: true },
  demand: { uses: ['speech'], nounToo: true },
  reiterate: { uses: ['speech'] },
  assure: { uses: ['speech'] },
  muse: { uses: ['speech'], nounToo: true },
  sing: { uses: ['speech', 'touching'], past: 'sang' },
  read: { uses: ['speech'], past: 'read' },
  proclaim: { uses: ['speech'] },
  accuse: { uses: ['speech'] },
  dismiss: { uses: ['speech'] },
  hail: { uses: ['speech'], nounToo: true },
  condemn: { uses: ['speech', 'marksSpeaker'] },
  nickname: { uses: ['speech', 'naming'], nounToo: true },
  blast: { uses: ['speech'], nounToo: true },
  slam: { uses: ['speech'], nounToo: true, double: true },
  praise: { uses: ['speech'], nounToo: true },
  criticize: { uses: ['speech'] },
  criticise: { uses: ['speech'] },
  brand: { uses: ['speech', 'naming'], nounToo: true },
  dub: { uses: ['speech', 'naming'], double: true },
  label: { uses: ['speech', 'naming'], nounToo: true, also: ['labelled', 'labelling'] },
  title: { uses: ['naming'], nounToo: true },
  entitle: { uses: ['naming'] },
  name: { uses: ['naming'], nounToo: true },
  post: { uses: ['speech', 'marksSpeaker'], nounToo: true },
  allege: { uses: ['speech'] },
  laugh: { uses: ['touching'], nounToo: true },
  instruct: { uses: ['touching'] },
  agree: { uses: ['touching'] },
  order: { uses: ['touching'], nounToo: true },
  sigh: { uses: ['touching'], nounToo: true },
  smile: { uses: ['touching'], nounToo: true },
  snap: { uses: ['touching'], double: true },
  shrug: { uses: ['touching'], nounToo: true, double: true },
  nod: { uses: ['touching'], nounToo: true, double: true },
  chime: { uses: ['touching'] },
  exclaim: { uses: ['touching'] },
  wonder: { uses: ['touching'], nounToo: true },
  plead: { uses: ['touching'] },
  beg: { uses: ['touching'], double: true },
  bark: { uses: ['touching'], nounToo: true },
  mutter: { uses: ['touching'] },
  murmur: { uses: ['touching'], nounToo: true },
  gush: { uses: ['touching'] },
  rave: { uses: ['touching'] },
  beam: { uses: ['touching'], nounToo: true },
  scoff: { uses: ['touching'] },
  interject: { uses: ['touching'] },
  elaborate: { uses: ['touching'] },
  reflect: { uses: ['touching'] },
  believe: { uses: ['reporting', 'marksSpeaker'] },
  think: { uses: ['reporting', 'marksSpeaker'], past: 'thought' },
  hint: { uses: ['marksSpeaker'], nounToo: true },
  speak: { uses: ['marksSpeaker'], past: 'spoke', participle: 'spoken' },
};

/** Every form of the verbs that have this use, lower case. */
export function verbFormsFor(use: VerbUse): ReadonlySet<string> {
  const out = new Set<string>();
  for (const [lemma, verb] of Object.entries(VERBS)) {
    if (!verb.uses.includes(use)) continue;
    const forms = inflect(lemma, verb);
    for (const kind of FORMS_OF_USE[use]) {
      if (kind === 'base' && verb.nounToo) continue;
      for (const form of forms[kind]) out.add(form);
    }
  }
  return out;
}
