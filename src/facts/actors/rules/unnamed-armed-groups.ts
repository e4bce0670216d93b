import { ARMED_COLLECTIVES, GROUP_ADJECTIVES } from '../lexicons.js';
import { isPlainGap } from './helpers.js';
import { candidate, type ArticleRule, type Candidate } from './rule.js';

/** "jihadist groups", "Islamist militants": unnamed armed collectives written in lower case, as groups. */
export const unnamedArmedGroups: ArticleRule = {
  name: 'unnamedArmedGroups',
  find(_undecided, _found, ctx) {
    const out: Candidate[] = [];
    const { tokens, text } = ctx;
    for (let i = 0; i + 1 < tokens.length; i++) {
      const adjective = tokens[i]!;
      const noun = tokens[i + 1]!;
      if (!GROUP_ADJECTIVES.has(adjective.lower) || !ARMED_COLLECTIVES.has(noun.text) || !isPlainGap(text, adjective, noun)) continue;
      const span = { start: adjective.start, end: noun.end, text: text.slice(adjective.start, noun.end) };
      out.push(candidate('unnamedArmedGroup', 'group', span.text, span));
    }
    return out;
  },
};
