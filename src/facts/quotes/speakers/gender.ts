/**
 * The gender the text shows for a person: the pronoun the reporter uses right
 * after their mentions, and Mr./Mrs./Ms. before them.
 */
import type { Actor } from '../../../schema.js';
import { SPEECH_VERBS } from '../lexicon.js';
import { QUOTE_SETTINGS } from '../settings.js';
import type { Gender } from './types.js';

const GENDER_PRONOUN = /\b(he|his|she)\b|["“”„«»\n]/gi;

/**
 * genderOfPerson: the pronoun the reporter uses right after the person's
 * mentions (before any quotation mark, which would be someone else's words),
 * and Mr./Mrs./Ms. before them; null when the votes do not show one.
 */
export function genderOfPerson(actor: Actor, text: string): Gender | null {
  let votes = 0;
  for (const m of actor.mentions) {
    const title = /\b(Mr|Mrs|Ms|Miss)\.?\s*$/.exec(text.slice(Math.max(0, m.start - 6), m.start)) ?? /^(Mr|Mrs|Ms|Miss)\b/.exec(m.text);
    if (title) votes += title[1] === 'Mr' ? 1 : -1;
    const role = genderOfApposition(text, m.end);
    // The role noun names this person; a pronoun after the mention may be someone else's: it counts double.
    if (role) votes += role === 'male' ? 2 : -2;
    // Searched within the window only: a text without pronouns or marks would
    // otherwise be scanned to its end from every mention.
    // (+4: a pronoun starting at the window's edge is read whole, with its word boundary.)
    const window = text.slice(0, m.end + QUOTE_SETTINGS.genderWindow + 4);
    GENDER_PRONOUN.lastIndex = m.end;
    const found = GENDER_PRONOUN.exec(window);
    if (!found || found.index > m.end + QUOTE_SETTINGS.genderWindow) continue;
    // A quote's tag speaks of this person only when no other name stands between ("Doe met Ann Roe. “…,” she said").
    // "Doe, his rival, …": a possessive opening the apposition is someone else's.
    if (found[1]?.toLowerCase() === 'his' && /^\s*,\s*$/.test(text.slice(m.end, found.index))) continue;
    const pronoun = found[1] ?? (/\p{Lu}/u.test(text.slice(m.end, found.index)) ? null : pronounTaggingQuoteAt(text, found.index));
    if (pronoun) votes += pronoun.toLowerCase() === 'she' ? -1 : 1;
  }
  return votes > 0 ? 'male' : votes < 0 ? 'female' : null;
}

/** Closing mark for each opening mark a quote after a mention may start with. */
const CLOSING_MARKS: Record<string, string> = { '“': '”', '„': '“', '«': '»', '"': '"' };
const PRONOUN_TAG = /^[\s,]*(he|she)\s+(\p{Ll}+)/iu;

/**
 * "Doe said the verdict sent a message. “Nobody is above the law,” he said.":
 * the pronoun tagging the quote that opens at `open` right after a mention.
 */
function pronounTaggingQuoteAt(text: string, open: number): string | null {
  const closer = CLOSING_MARKS[text[open]!];
  if (!closer) return null;
  const close = text.slice(0, open + QUOTE_SETTINGS.taggedQuoteWindow + 1).indexOf(closer, open + 1);
  if (close < 0 || text.slice(open, close).includes('\n')) return null;
  const tag = PRONOUN_TAG.exec(text.slice(close + 1, close + 40));
  return tag && SPEECH_VERBS.has(tag[2]!.toLowerCase()) ? tag[1]! : null;
}

/** Role nouns that show a gender ("a spokeswoman", "the chairman"); -person and neutral words show none. */
const FEMALE_ROLE = /^(?:\p{L}*woman|actress|mother|wife|daughter|sister|grandmother|widow|niece|aunt|queen|princess|duchess|girl)$/u;
const MALE_ROLE = /^(?:\p{L}*man|actor|father|husband|son|brother|grandfather|widower|nephew|uncle|king|prince|duke|boy)$/u;
/** Words a role noun may not end in "-man"/"-woman" and still be neutral. */
const NOT_GENDERED = new Set(['truman', 'human', 'german', 'roman', 'ottoman', 'shaman', 'caiman']);
/** The apposition after a mention: from its comma to the next punctuation, at most five words read. */
const APPOSITION = /^,\s+([^,.;:()“”"]{1,80})/u;
const MAX_APPOSITION_WORDS = 5;

/**
 * genderOfApposition: "Jane Doe, a spokeswoman for the ministry," / "Doe, the
 * group's chairman,": a gendered role noun in the apposition right after a
 * mention shows the person's gender.
 */
export function genderOfApposition(text: string, end: number): Gender | null {
  const match = APPOSITION.exec(text.slice(end, end + 82));
  if (!match) return null;
  const words = match[1]!.trim().split(/\s+/).slice(0, MAX_APPOSITION_WORDS).map((w) => w.toLowerCase().replace(/['’]s$/, ''));
  for (const w of words) {
    if (NOT_GENDERED.has(w)) continue;
    if (FEMALE_ROLE.test(w)) return 'female';
    if (MALE_ROLE.test(w)) return 'male';
  }
  return null;
}
