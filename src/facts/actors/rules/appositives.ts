/** Appositives around a name ("Doe, a lawyer at Acme,", "the Acme chief, Doe,"), read by the person and organization rules. */
import { ORG_CLASS_NOUNS_AFTER, ROLE_NOUNS, SPEECH_VERBS, lowerCased } from '../lexicons.js';
import { type Run, isAsciiSpace } from '../tokens.js';
import type { RuleContext } from './context.js';

const ORG_APPOSITIVE_NOUNS = new Set([...ORG_CLASS_NOUNS_AFTER, 'organization', 'body', 'firm', 'company', 'group', 'subsidiary', 'unit', 'arm', 'wing', 'affiliate', 'offshoot', 'outfit']);

/** ", a teacher at X," / ", Harlan's chairman" / ", an al-Qaeda-linked organization" right after a run. */
export function appositiveAfter(run: Run, ctx: RuleContext): { kind: 'person' | 'organization'; role: string; affiliation: string | null } | null {
  if (ctx.text.charCodeAt(run.end) !== 44 /* , */) return null;
  const m = /^,\s+(?:(?:a|an|the)\s+)?([^,.;:"“”()]{2,90})/u.exec(ctx.text.slice(run.end, run.end + 100));
  if (!m) return null;
  const phrase = m[1]!;
  const words = phrase.split(/\s+/).slice(0, 6);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!.replace(/['’]s$/u, '');
    const lw = lowerCased(w);
    if (SPEECH_VERBS.has(lw) || lw === 'who' || lw === 'which') return null;
    if (ROLE_NOUNS.has(lw)) {
      const owner = words.slice(0, i).find((x) => /['’]s$/u.test(x));
      return { kind: 'person', role: phrase.trim(), affiliation: owner ? owner.replace(/['’]s$/u, '') : null };
    }
    if (ORG_APPOSITIVE_NOUNS.has(w) && i > 0) return { kind: 'organization', role: phrase.trim(), affiliation: null };
  }
  return null;
}

/**
 * Cheap pre-checks for the context patterns below, which cut a window of text and run a
 * regex on it: the first character after optional white space, in [from, limit), is `code`.
 * False only when sure; a non-ASCII character (possibly Unicode white space) answers true.
 */
export function mayFollow(text: string, from: number, limit: number, code: number): boolean {
  let i = from;
  const end = Math.min(limit, text.length);
  while (i < end && isAsciiSpace(text.charCodeAt(i))) i++;
  if (i >= end) return false;
  const c = text.charCodeAt(i);
  return c === code || c >= 128;
}

/** The same, reading back from `before` to `floor`: the last character before white space is `code`. */
function mayPrecede(text: string, before: number, floor: number, code: number): boolean {
  let i = before - 1;
  while (i >= floor && isAsciiSpace(text.charCodeAt(i))) i--;
  if (i < floor) return false;
  const c = text.charCodeAt(i);
  return c === code || c >= 128;
}

/** "The leader of X, Nadia Y," / "Chile's president, Tomas Z": a role phrase and a comma right before a run. */
export function appositiveBefore(run: Run, ctx: RuleContext): string | null {
  if (!mayPrecede(ctx.text, run.start, Math.max(0, run.start - 80), 44 /* , */)) return null;
  const before = ctx.text.slice(Math.max(0, run.start - 80), run.start);
  if (!/,\s*$/u.test(before)) return null;
  const m = /(?:^|[.;:—]\s*|\n)((?:the|a|an|The|A|An)?[^,.;:\n"“”]{2,70}),\s*$/u.exec(before);
  if (!m) return null;
  const words = m[1]!.trim().split(/\s+/);
  if (words.length > 8) return null;
  return words.some((w) => ROLE_NOUNS.has(w.replace(/['’]s$/u, '').toLowerCase())) ? m[1]!.trim() : null;
}
