/** The newsfacts command line. Commands live in ./commands; this file wires them. */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { readFileSync } from 'node:fs';
import { DEFAULTS, runExtract, type ExtractOptions } from './commands/extract.js';
// eval is loaded only when used: it pulls in the whole pipeline, which extract
// keeps out of the main thread (its workers load it).
import type { EvalOptions } from './commands/eval.js';
import { runSchema } from './commands/schema.js';
import { EXIT, processIo, type Io } from './io.js';
import { UsageError } from './usage.js';
import { RECORD_PARTS, type RecordPart } from '../serialize.js';
import { normalizeReferenceDate } from '../options.js';

const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/** Any ISO-8601 date or date-time, with or without zone (see parseReferenceDate in options.ts). */
function referenceDate(value: string): string {
  const canonical = normalizeReferenceDate(value);
  if (!canonical) throw new InvalidArgumentError('expected an ISO-8601 date or date-time (YYYY-MM-DD, YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM])');
  return canonical;
}

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number');
  return n;
}

function wholeNumber(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number (0 or more)');
  return n;
}

function unitInterval(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 1) throw new InvalidArgumentError('expected a number from 0 to 1');
  return n;
}

const collect = (value: string, previous: string[]) => [...previous, value];

function recordParts(value: string): RecordPart[] {
  const parts = value.split(',').map((p) => p.trim()).filter(Boolean);
  const unknown = parts.filter((p) => !(RECORD_PARTS as readonly string[]).includes(p));
  if (parts.length === 0 || unknown.length > 0) throw new InvalidArgumentError(`expected a comma-separated list of ${RECORD_PARTS.join(', ')}`);
  return parts as RecordPart[];
}

const EXTRACT_EXAMPLES = `
Examples:
  $ newsfacts extract fixtures/newssite-jsonld.html
  $ newsfacts extract article.html other.txt --format json > facts.json
  $ curl -s https://example.com/story | newsfacts extract --reference-date 2024-04-12
  $ newsfacts extract pages/*.html | jq -r '.actors[]? | select(.type == "person") | .name'
  $ newsfacts extract https://example.com/news/story.html --format ndjson
  $ newsfacts extract pages/ --jobs 4 > facts.ndjson
  $ newsfacts extract --input-list urls.txt --save-html saved/ --unordered
  $ newsfacts extract --feed https://example.com/rss.xml
  $ newsfacts extract --html saved/story.html --url https://example.com/news/story.html

Output: one record per input, streamed as each finishes, in input order (unless --unordered). ndjson (default when stdout is not a
terminal) prints one JSON object per line; json pretty-prints one array, always (even for one input;
closed with "]" when interrupted); pretty (default on a terminal) prints a readable colored summary.
An input that fails gives {"error": {"code", "message"}} in place of its facts.

Exit codes: 0 every input gave a result, 1 some input failed (or, with --strict, a record has warnings),
2 usage error (no input included: nothing named and standard input empty), 130 SIGINT, 143 SIGTERM.`;

export function buildProgram(io: Io, setExit: (code: number) => void): Command {
  const program = new Command('newsfacts')
    .description('Turn news articles (HTML pages or plain text) into structured facts as JSON:\nactors, equipment, dates and quotes, with offsets into the article text.')
    .version(VERSION)
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    })
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText('after', `
Examples:
  $ newsfacts extract fixtures/aggregator-syndicated.txt
  $ newsfacts extract story.html --format json | jq '.[].quotes'
  $ newsfacts eval ../shared/gold --verbose
  $ newsfacts schema > record.schema.json`);

  program
    .command('extract')
    .description('extract the article and its facts from files, URLs or standard input')
    .argument('[input...]', 'file path (HTML or text, or .gz of them), folder (read recursively), "-" for standard input, or an http(s) URL')
    .addOption(new Option('-f, --format <format>', 'output format (default: pretty on a terminal, else ndjson)').choices(['pretty', 'json', 'ndjson']))
    .option('-r, --reference-date <ISO-8601>', 'date or date-time relative dates resolve against when the article states no date', referenceDate)
    .option('--indirect', 'also report reported speech without quotation marks ("officials said that …") as quotes of kind indirect', false)
    .option('--timeout <ms>', 'time limit for fetching one URL, in milliseconds', positiveInteger, DEFAULTS.timeout)
    .option('--max-bytes <n>', 'largest input accepted, in bytes', positiveInteger, DEFAULTS.maxBytes)
    .option('-H, --header <name:value>', 'extra HTTP request header (repeatable)', collect, [])
    .option('-i, --input-list <file>', 'read inputs from FILE, one path or URL a line ("-" for standard input; # comments; repeatable)', collect, [])
    .option('--feed <url|file>', 'an RSS or Atom feed: extract every item (repeatable)', collect, [])
    .option('--html <file>', 'a saved page, extracted as if fetched from --url')
    .option('--url <url>', 'the address the --html page came from')
    .option('--save-html <dir>', 'keep every fetched page in DIR')
    .option('-j, --jobs <n>', 'extraction worker threads (each input runs in one, so --extract-timeout holds at every count)', positiveInteger, DEFAULTS.jobs)
    .option('--unordered', 'print records as they finish instead of in input order', false)
    .option('--extract-timeout <ms>', 'time limit for one input in its worker, reading a local file included (at every --jobs count)', positiveInteger, DEFAULTS.extractTimeout)
    .option('--requests <n>', 'most URL requests in flight at once (at most 2 per host)', positiveInteger, DEFAULTS.requests)
    .option('--retries <n>', 'retries after HTTP 429/503 or a refused or reset connection', wholeNumber, DEFAULTS.retries)
    .option('--no-color', 'never use colors (NO_COLOR is respected too)')
    .option('-q, --quiet', 'print nothing on stderr, not even errors', false)
    .option('-v, --verbose', 'print per-input timings and a summary on stderr', false)
    .option('--strict', 'warnings fail the run too (exit 1), each said on stderr: for CI', false)
    .option('-o, --output <file>', 'write the records to FILE (atomically: a temporary file beside it, renamed at the end)')
    .option('--only <parts>', `print only these parts of each record, comma-separated: ${RECORD_PARTS.join(', ')} (schemaVersion, input and feed always)`, recordParts)
    .option('--no-text', 'leave article.text out of the records (the offsets still refer to it)')
    .addHelpText('after', EXTRACT_EXAMPLES)
    .action(async (inputs: string[], options: ExtractOptions) => {
      setExit(await runExtract(inputs, options, io));
    });

  program
    .command('eval')
    .description('score the extractor against gold files (GUIDELINES.md rules)')
    .argument('<gold...>', 'gold files, or folders of them')
    .option('--json', 'print the scores as JSON', false)
    .option('-v, --verbose', 'list every miss, false positive and wrong value', false)
    .option('--fail-under <f1>', 'exit 1 when any category F1 is below this', unitInterval)
    .option('--no-color', 'never use colors')
    .addHelpText('after', `
Examples:
  $ newsfacts eval ../shared/gold
  $ newsfacts eval fixtures/gold --verbose
  $ newsfacts eval ../shared/gold --json | jq '.summary.categories.quotes.f1'
  $ newsfacts eval fixtures/gold --fail-under 0.9   # CI guard

Exit codes: 0 (whatever the scores), 1 with --fail-under when a category falls below it, 2 usage error.`)
    .action(async (paths: string[], options: EvalOptions) => {
      const { runEval } = await import('./commands/eval.js');
      setExit(await runEval(paths, options, io));
    });

  program
    .command('schema')
    .description('print the JSON Schema of one output record')
    .action(() => setExit(runSchema(io)));

  return program;
}

export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  let code: number = EXIT.ok;
  const program = buildProgram(io, (c) => {
    code = c;
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are not errors; everything else commander rejects is usage.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof UsageError) {
      io.stderr.write(`newsfacts: ${error.message}\n`);
      return EXIT.usage;
    }
    io.stderr.write(`newsfacts: internal error: ${(error as Error)?.stack ?? String(error)}\n`);
    return EXIT.failure;
  }
}
