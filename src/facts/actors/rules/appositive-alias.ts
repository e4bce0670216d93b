import { ORG_CLASS_NOUNS_AFTER } from '../lexicons.js';
import type { RuleContext } from './context.js';
import { demonymCountry } from './gazetteer.js';
import type { Candidate } from './rule.js';

const DESCRIPTION_NOUNS = new Set([...ORG_CLASS_NOUNS_AFTER, 'body', 'firm', 'company', 'regulator', 'watchdog', 'operator', 'giant', 'carrier']);

/**
 * "Kosmotek, the Ruritanian space agency," / "the Ruritanian space
 * agency Kosmotek": a description in apposition names the same body, so it is an
 * alias ("the space agency said" later is Kosmotek speaking).
 */
const DESCRIPTION = String.raw`((?:(?:\p{Ll}[\p{L}-]*|\p{Lu}\p{Ll}+)\s+){0,3}(\p{Ll}+))`;
const DESCRIPTION_AFTER = new RegExp(String.raw`^,\s+the\s+${DESCRIPTION}\s*[,.;]`, 'u');
const DESCRIPTION_BEFORE = new RegExp(String.raw`\bthe\s+${DESCRIPTION}\s+$`, 'u');

export function withAppositiveAlias(c: Candidate, ctx: RuleContext): Candidate {
  // The windows are cut only when the character next to the mention allows a description there.
  const { text } = ctx;
  const { start, end } = c.mention;
  const after = text.charCodeAt(end) === 44 /* , */ ? DESCRIPTION_AFTER.exec(text.slice(end, end + 60)) : null;
  const preceding = text.charCodeAt(start - 1) === 32 ? text.slice(Math.max(0, start - 60), start) : '';
  const before = /\p{Ll} $/u.test(preceding) ? DESCRIPTION_BEFORE.exec(preceding) : null;
  if (after === null && before === null) return c;
  const aliases = [after, before]
    .filter((m): m is RegExpExecArray => m !== null && DESCRIPTION_NOUNS.has(m[2]!))
    .map((m) => m[1]!)
    .filter((alias) => alias.split(/\s+/).every((w) => /^\p{Ll}/u.test(w) || demonymCountry(ctx, w) !== null) && alias.includes(' '));
  return aliases.length > 0 ? { ...c, aliases: [...c.aliases, ...aliases] } : c;
}
