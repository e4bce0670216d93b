/** What speaker resolution works with: guesses, the document's names and actors, and the running focus. */
import type { Actor } from '../../../schema.js';
import type { TextDocument } from '../../text/document.js';
import type { PhraseKind } from '../phrases.js';

export interface SpeakerGuess {
  name: string;
  kind: PhraseKind;
  /** Refers to a person (true), an organization/thing (false). */
  person: boolean;
  /** Refers to several people or a body ("the group", "officials"). */
  plural: boolean;
  /** The name as this mention writes it ("Mr. Doe", "Sen. Jane Doe"); `name` may be a fuller form. */
  written?: string;
}

/** The document's actors, looked up by what a speaker phrase may say (built once per document). */
export interface ActorLookup {
  /** Normalized actor name or mention text → the actor. */
  byText: Map<string, Actor>;
  /** Surname (lower case) → person actors with it, in actor order. */
  personsBySurname: Map<string, Actor[]>;
  /** Person actor id → the pronoun gender the text uses for them, when it shows. */
  genders: Map<string, Gender>;
  actors: readonly Actor[];
}

export type Gender = 'male' | 'female';

/** Proper names seen in the document, for expanding "Doe" to "Jane Doe". */
export interface NameIndex {
  /** Surname (lower case) → the first full person name written with it, titles removed. */
  fullNames: Map<string, string>;
  /** Surname (lower case) → how often the person is named. */
  surnameCounts: Map<string, number>;
  actors: readonly Actor[];
  lookup: ActorLookup;
  /** The person named most often (person-in-focus.ts), found once: it is asked for quote after quote. */
  mostNamed: SpeakerGuess | null;
}

export interface FocusState {
  doc: TextDocument;
  index: NameIndex;
  /** Speakers already given to quotes, by sentence index. */
  recorded: Map<number, SpeakerGuess>;
  subjects: Map<number, SpeakerGuess | null>;
  /** Who speaks in a sentence without quotation marks ("Doe said the talks failed"), by sentence index. */
  reporters: Map<number, SpeakerGuess | null>;
  /**
   * The same with a pronoun subject resolved. Cached too (one long reporting
   * sentence before many quotes is read once): a pronoun in sentence s resolves
   * from sentences before s, whose speakers are settled when s is asked.
   */
  reportersResolved: Map<number, SpeakerGuess | null>;
  /** The quotations' marks (open, close offsets), in text order: words between them are no pronoun's antecedent. */
  quoted: readonly { open: number; close: number }[];
}

/** A pseudo-pronoun for "the person in focus", of either gender. */
export const PERSON_IN_FOCUS = 'person';
