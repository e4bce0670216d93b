/** What the cue rules find: a cue, and where its quote's speaker is to be read from. */
import type { Phrase } from '../phrases.js';

export interface CueMatch {
  /** The cue as written ("said", "was quoted as saying", "according to"). */
  cue: string;
  /** Token index of the cue's first word (after auxiliaries) and the index after it. */
  first: number;
  next: number;
  /** "according to X": the speaker follows the cue. */
  according: boolean;
  /** "saying", "stating": the speaker is the clause's subject. */
  participle: boolean;
}

/** Where a quote's speaker is to be read from. */
export type SpeakerSource =
  | { type: 'phrase'; phrase: Phrase }
  /** The subject of the reporter's sentence running from `from` to `to`. */
  | { type: 'subject'; from: number; to: number };

export interface Attribution {
  cue: string;
  source: SpeakerSource;
  /** The cue touches the quote ("…,” she said" / "She said: “…"). */
  adjacent: boolean;
  /** Offset of the cue (pronouns resolve to what comes before it). */
  at: number;
  /**
   * The verb goes on to an object or clause ("Doe added that ...", "Doe
   * accused Acme"): a new statement rather than the tag of the quote before.
   */
  continues?: boolean;
  /** The verb reports a clause with a pronoun subject ("Doe said she …"): the tag of a quote in the same sentence, a new statement after a finished one. */
  reportsClause?: boolean;
}
