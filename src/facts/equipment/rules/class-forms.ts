/**
 * The class-word lexicon indexed for lookup: every form and plural of every
 * head class (HEAD_FORMS), and the one combined class-word pattern
 * (matchForm), one map access per word.
 */
import { HEAD_CLASSES, type HeadClass } from '../lexicon.js';
import { adjacent, type Word } from '../tokens.js';

export interface HeadForm {
  head: HeadClass;
  singular: string;
}

export const HEAD_FORMS: ReadonlyMap<string, HeadForm> = (() => {
  const forms = new Map<string, HeadForm>();
  for (const head of HEAD_CLASSES) {
    head.forms.forEach((form, i) => {
      forms.set(form, { head, singular: form });
      const plural = head.plurals[i];
      if (plural !== undefined) forms.set(plural, { head, singular: form });
    });
    for (const plural of head.plurals.slice(head.forms.length)) forms.set(plural, { head, singular: head.forms[0]! });
  }
  return forms;
})();

// Class-word forms by their first word, longest first, so "air defense
// system" wins over "system" and a lookup costs one map access per word.
const FORMS_BY_FIRST_WORD: ReadonlyMap<string, readonly (readonly string[])[]> = (() => {
  const byFirst = new Map<string, string[][]>();
  for (const form of HEAD_FORMS.keys()) {
    const words = form.split(' ');
    const list = byFirst.get(words[0]!) ?? [];
    list.push(words);
    byFirst.set(words[0]!, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
  return byFirst;
})();

/** A possessive ending is not part of the class word ("the spaceship's debris"). */
export function withoutPossessive(word: string): string {
  const n = word.length;
  if (n < 3 || (word[n - 1] !== 's' && word[n - 1] !== 'S')) return word;
  return word[n - 2] === "'" || word[n - 2] === '’' ? word.slice(0, -2) : word;
}

/**
 * The class-word form starting at words[i], as the number of words it spans
 * and its HEAD_FORMS entry, or null. Only the last word may carry a possessive.
 */
export function matchForm(text: string, words: readonly Word[], i: number): { length: number; key: string } | null {
  const first = words[i]!.lower;
  let options = FORMS_BY_FIRST_WORD.get(first);
  if (!options) {
    // A second lookup only for a word that has a possessive to drop (this runs for every word).
    const bare = withoutPossessive(first);
    if (bare !== first) options = FORMS_BY_FIRST_WORD.get(bare);
  }
  if (!options) return null;
  for (const form of options) {
    let ok = true;
    for (let k = 0; k < form.length && ok; k++) {
      const word = words[i + k];
      if (!word || (k > 0 && !adjacent(text, words[i + k - 1]!, word))) ok = false;
      else {
        const lower = word.lower;
        ok = lower === form[k] || (k === form.length - 1 && withoutPossessive(lower) === form[k]);
      }
    }
    if (ok) return { length: form.length, key: form.join(' ') };
  }
  return null;
}

/** The class of a one-word class form in the singular ("bomber"), which can modify another class word. */
export function singularClassWord(lower: string): HeadClass | null {
  const form = HEAD_FORMS.get(lower);
  return form && form.singular === lower ? form.head : null;
}
