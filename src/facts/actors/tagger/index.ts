/**
 * The name tagger: a small learned sequence labeller (features.ts, model.ts)
 * that finds where names are and whether each is a person, organization,
 * place or other name. The actor rules use its person and organization spans
 * as candidates for what they do not find themselves (names that stand
 * alone, teams in results, shouted headlines); roles, affiliations and
 * merging stay with the rules.
 */
import type { TextDocument } from '../../text/document.js';
import { onlySpaces, type Token } from '../tokens.js';
import { taggerInput } from './features.js';
import { spansOfLabels, type EntityType } from './labels.js';
import { decode, type TaggerModel } from './model.js';
import { shippedModel } from './weights.js';

export interface TaggedName {
  type: EntityType;
  /** The words of the name (actor tokens). */
  tokens: Token[];
  start: number;
  end: number;
  text: string;
  /** In a paragraph written in capitals only, where every word is shouted, names too. */
  inCapitals: boolean;
}

/** The names in the article, in text order (none when no weights are installed). */
export function tagNames(doc: TextDocument, tokens: readonly Token[], model: TaggerModel | null = shippedModel()): TaggedName[] {
  if (!model || tokens.length === 0) return [];
  const input = taggerInput(doc, tokens);
  const labels = decode(model, input);
  const names: TaggedName[] = [];
  for (const { type, first, last } of spansOfLabels(labels)) {
    // A name's words are joined by spaces only: punctuation or a possessive between two words ends it
    // ("Omar (@handle)", "Acme's Lumen"), whatever the labels say.
    let from = first;
    for (let i = first; i <= last; i++) {
      const t = tokens[i]!;
      if (i < last && !t.possessive && onlySpaces(doc.text, t.end, tokens[i + 1]!.start)) continue;
      const words = tokens.slice(from, i + 1);
      const start = words[0]!.start;
      const end = words[words.length - 1]!.end;
      names.push({ type, tokens: words, start, end, text: doc.text.slice(start, end), inCapitals: input.inCapitals[from] === 1 });
      from = i + 1;
    }
  }
  return names;
}
