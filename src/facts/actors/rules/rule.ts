/**
 * What the actor rules produce and the contract they share: a rule looks at
 * one capitalized run in its context and either claims it (zero or more
 * candidates: [] means "this is known not to be an actor") or passes (null).
 * The first rule that claims a run wins (see index.ts for the order); article
 * rules then look at the whole text for what no single run shows.
 */
import type { ActorType, Mention } from '../../../schema.js';
import type { Country } from '../../text/countries.js';
import type { Run } from '../tokens.js';
import type { RuleContext } from './context.js';

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
  /**
   * An organization guessed from shape where the name tagger read the same words as a person
   * (see reconsider): a lone given name of a person named in full is that person.
   */
  taggedAsPerson?: boolean;
}

export interface CandidateRule {
  readonly name: string;
  /** Candidates for the run ([]: known not to be an actor), or null to pass it to the next rule. */
  claim(run: Run, ctx: RuleContext): Candidate[] | null;
  /**
   * A last-resort rule: its [] means "no evidence either way", not "known not
   * to be an actor", so the runs it rejects stay undecided and the article
   * rules (a list of organizations) may still claim them.
   */
  readonly lastResort?: boolean;
  /**
   * Its [] means "a place name": a place also names the club or body based there ("Leeds 2
   * Ipswich 1"), so the name tagger may still read the run as an organization.
   */
  readonly placeName?: boolean;
  /**
   * Its organizations are guesses from shape alone (a head noun, an all-capital word, a lone
   * unknown word): where the name tagger reads the same words as a person, place or other name,
   * the tagger's reading wins (see reconsider in tagger-reading.ts).
   */
  readonly guessesOrganizations?: boolean;
}

export interface RejectedRuns {
  rejected: readonly Run[];
  places: readonly Run[];
  /** The runs a rule claimed, whole: the title words before a titled person's name are the rule's too. */
  claimed: readonly Run[];
}

/** A rule over the whole article, run after every run has been decided. */
export interface ArticleRule {
  readonly name: string;
  /**
   * `undecided`: the runs a last-resort rule rejected; `found`: what the rules before it claimed;
   * `rejected`: the runs a rule knew to be no actor (a product, a term, an identity), and apart from
   * them the runs a rule read as place names.
   */
  find(undecided: readonly Run[], found: readonly Candidate[], ctx: RuleContext, rejected: RejectedRuns): Candidate[];
}

export function candidate(rule: string, type: ActorType, name: string, run: Pick<Run, 'start' | 'end' | 'text'>, extra: Partial<Candidate> = {}): Candidate {
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

export function countryCandidate(rule: string, country: Country, span: Pick<Run, 'start' | 'end' | 'text'>): Candidate {
  return candidate(rule, 'country', country.name, span);
}
