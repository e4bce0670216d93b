/** unnamedArmedGroups: armed groups named only by description ("jihadist groups"). */
import { ARMED_COLLECTIVES, GROUP_ADJECTIVES } from '../lexicons.js';
import { type Candidate, type RuleContext, isPlainGap } from './context.js';
import { candidate } from './helpers.js';

/** "jihadist groups", "Islamist militants": unnamed armed collectives written in lower case, as groups. */
export function unnamedArmedGroups(ctx: RuleContext): Candidate[] {
  const out: Candidate[] = [];
  const { tokens, text } = ctx;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const adjective = tokens[i]!;
    const noun = tokens[i + 1]!;
    if (!GROUP_ADJECTIVES.has(adjective.lowered) || !ARMED_COLLECTIVES.has(noun.text) || !isPlainGap(text, adjective, noun)) continue;
    const span = { start: adjective.start, end: noun.end, text: text.slice(adjective.start, noun.end) };
    out.push(candidate('unnamedArmedGroup', 'group', span.text, span));
  }
  return out;
}
