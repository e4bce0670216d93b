/** `newsfacts eval GOLD...`: scores per category, as GUIDELINES.md defines them. */
import { ARTICLE_CHECKS, CATEGORIES, evaluateGold, type EvalResult, type FileScore } from '../../eval/index.js';
import { EXIT, type Io } from '../io.js';
import { colorFor } from '../terminal.js';
import { UsageError } from '../usage.js';
import type { ChalkInstance } from 'chalk';

export interface EvalOptions {
  json: boolean;
  verbose: boolean;
  failUnder?: number;
  color: boolean;
}

export async function runEval(paths: string[], options: EvalOptions, io: Io): Promise<number> {
  if (paths.length === 0) throw new UsageError('name gold files or folders of them');
  let result: EvalResult;
  try {
    result = await evaluateGold(paths);
  } catch (error) {
    throw new UsageError(`cannot read gold files: ${(error as Error).message}`);
  }
  if (result.files.length === 0) throw new UsageError(`no gold files found in ${paths.join(', ')}`);
  const c = colorFor(io.stdout, io.env, options.color);
  if (options.json) {
    io.stdout.write(`${JSON.stringify(options.verbose ? result : { summary: result.summary }, null, 2)}\n`);
  } else {
    if (options.verbose) for (const file of result.files) io.stdout.write(fileDetails(file, c));
    io.stdout.write(summaryTable(result, c));
  }
  if (options.failUnder !== undefined) {
    const below = CATEGORIES.filter((cat) => result.summary.categories[cat].f1 < options.failUnder!);
    if (below.length > 0) {
      io.stderr.write(`F1 under ${options.failUnder} in: ${below.join(', ')}\n`);
      return EXIT.failure;
    }
  }
  return EXIT.ok;
}

function fileDetails(file: FileScore, c: ChalkInstance): string {
  const lines = [c.bold(`\n== ${file.id}`)];
  if (file.error) lines.push(c.red(`  input failed: ${file.error}`));
  for (const cat of CATEGORIES) {
    for (const miss of file.misses[cat]) lines.push(`  ${c.yellow('miss')} ${cat}: ${miss}`);
    for (const fp of file.falsePositives[cat]) lines.push(`  ${c.red('false')} ${cat}: ${fp}`);
  }
  for (const wrong of file.wrong) lines.push(`  ${c.magenta('wrong')} ${wrong}`);
  for (const check of ARTICLE_CHECKS) {
    if (file.articleChecks[check] === false) lines.push(`  ${c.red('fail')} article ${check}`);
  }
  return `${lines.join('\n')}\n`;
}

const pct = (x: number) => x.toFixed(2);

function summaryTable(result: EvalResult, c: ChalkInstance): string {
  const s = result.summary;
  const extra: Record<string, string> = {
    actors: `type accuracy ${pct(s.actorTypeAccuracy)}`,
    equipment: '',
    dates: `value accuracy ${pct(s.dateValueAccuracy)}`,
    quotes: `speaker accuracy ${pct(s.quoteSpeakerAccuracy)}`,
  };
  const lines = [
    '',
    c.bold(`newsfacts eval: ${s.files} gold files`),
    c.dim('category    precision  recall  F1     TP   FP   FN'),
  ];
  for (const cat of CATEGORIES) {
    const k = s.categories[cat];
    lines.push(
      `${cat.padEnd(10)}  ${pct(k.precision).padStart(9)}  ${pct(k.recall).padStart(6)}  ${c.bold(pct(k.f1))}  ${String(k.tp).padStart(4)} ${String(k.fp).padStart(4)} ${String(k.fn).padStart(4)}  ${extra[cat]}`,
    );
  }
  const checks = ARTICLE_CHECKS.map((check) => `${check} ${s.articleChecks[check].passed}/${s.articleChecks[check].checked}`);
  lines.push(`article     ${checks.slice(0, 3).join(', ')}`);
  lines.push(`            ${checks.slice(3).join(', ')}`);
  return `${lines.join('\n')}\n`;
}
