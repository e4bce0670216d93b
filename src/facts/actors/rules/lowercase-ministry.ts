import type { Country } from '../../text/countries.js';
import { PORTFOLIO_WORDS } from '../lexicons.js';
import type { Run } from '../tokens.js';
import type { RuleContext } from './context.js';
import { isPlainGap } from './helpers.js';
import { candidate, type Candidate } from './rule.js';

/**
 * "China’s foreign ministry", "the Somali defence ministry": a ministry
 * written in lower case after its country. Named as news names it in capitals
 * ("Chinese Foreign Ministry"); the lower-case words are its mention.
 */
export function lowercaseMinistry(run: Run, ctx: RuleContext, country: Country): Candidate | null {
  const last = run.tokens[run.tokens.length - 1]!;
  const portfolio = ctx.tokens[last.index + 1];
  const head = ctx.tokens[last.index + 2];
  if (!portfolio || !head || head.text !== 'ministry' || !PORTFOLIO_WORDS.has(portfolio.text) || !isPlainGap(ctx.text, portfolio, head)) return null;
  const gap = ctx.text.slice(last.end, portfolio.start);
  if (!(last.possessive ? /^['’]s $/u : /^ $/u).test(gap)) return null;
  const adjective = country.demonyms[0] ?? country.name;
  const name = `${adjective} ${portfolio.text[0]!.toUpperCase()}${portfolio.text.slice(1)} Ministry`;
  const span = { start: portfolio.start, end: head.end, text: ctx.text.slice(portfolio.start, head.end) };
  return candidate('lowercaseMinistry', 'organization', name, span, { aliases: [span.text] });
}
