import { ORG_HEADS, PRODUCT_NOUNS_AFTER, isFunctionWord } from '../lexicons.js';
import { lower, startsLower } from '../tokens.js';
import { isPlainGap, tokenAfter } from './helpers.js';
import type { CandidateRule } from './rule.js';

const ROMAN_OR_LETTER = /^(?:[IVX]{1,4}|\p{Lu})$/u;

/**
 * "Cobra II", "Gripen E", "Otokar Cobra II armored vehicles": a name ending
 * in a variant letter or numeral, or a multi-word name right before a
 * product noun, is a model.
 */
export const productModel: CandidateRule = {
  name: 'productModel',
  claim(run, ctx) {
    const toks = run.tokens;
    const last = toks[toks.length - 1]!;
    if (toks.length > 1 && ROMAN_OR_LETTER.test(last.text.replace(/\.$/, '')) && !last.text.endsWith('.')) return [];
    const next = tokenAfter(run, ctx);
    const nextNext = next ? ctx.tokens[next.index + 1] : undefined;
    const nounAfter = next !== null && (PRODUCT_NOUNS_AFTER.has(next.text)
      || (startsLower(next.text) && !!nextNext && isPlainGap(ctx.text, next, nextNext) && PRODUCT_NOUNS_AFTER.has(nextNext.text) && !isFunctionWord(next.text)));
    if (toks.length > 1 && nounAfter && !ORG_HEADS.has(lower(last))) return [];
    return null;
  },
};
