import { createTextDocument } from '../../../src/facts/text/document.js';
import { extractActors } from '../../../src/facts/actors/index.js';
import { tokenize, capitalizedRuns, type Run } from '../../../src/facts/actors/tokens.js';
import { createRuleContext, type RuleContext } from '../../../src/facts/actors/rules/context.js';
import type { Candidate, CandidateRule } from '../../../src/facts/actors/rules/rule.js';
import { trimPositionalCapitals } from '../../../src/facts/actors/rules/run-shape.js';
import type { Actor } from '../../../src/schema.js';

export function actorsOf(text: string): Actor[] {
  return extractActors(createTextDocument(text));
}

export function find(actors: Actor[], name: string): Actor | undefined {
  return actors.find((a) => a.name === name);
}

/**
 * The context and runs of a text, for testing one rule at a time: `runs`
 * after sentence-initial trimming (what the rules see), `rawRuns` before.
 */
export function runsOf(text: string): { ctx: RuleContext; runs: Run[]; rawRuns: Run[] } {
  const doc = createTextDocument(text);
  const tokens = tokenize(doc);
  const ctx = createRuleContext(text, tokens, doc.english);
  const rawRuns = capitalizedRuns(text, tokens);
  const runs = rawRuns.map((r) => trimPositionalCapitals(r, ctx)).filter((r): r is Run => r !== null);
  return { ctx, runs, rawRuns };
}

/** The run whose text is exactly `text`. */
export function runNamed(runs: Run[], text: string): Run {
  const run = runs.find((r) => r.text === text);
  if (!run) throw new Error(`no run "${text}" in ${runs.map((r) => r.text).join(' | ')}`);
  return run;
}

/** What one rule says about the run whose text is exactly `run`, in `text`. */
export function claimOf(rule: CandidateRule, text: string, run: string): Candidate[] | null {
  const { ctx, runs } = runsOf(text);
  return rule.claim(runNamed(runs, run), ctx);
}

/** The names of every actor found in `text`. */
export const names = (text: string): string[] => actorsOf(text).map((a) => a.name);

/** What a predicate over one run says about the run whose text is exactly `name`, in `text`. */
export function onRun<T>(text: string, name: string, read: (run: Run, ctx: RuleContext) => T): T {
  const { ctx, runs } = runsOf(text);
  return read(runNamed(runs, name), ctx);
}
