/** `newsfacts extract`: inputs in, one record per input out, in input order. */
import { DEFAULT_MAX_BYTES, readStreamFully } from '../../acquire/index.js';
import { processSource } from '../../pipeline.js';
import { isErrorRecord, type OutputRecord } from '../../schema.js';
import { formatNdjson } from '../formats/ndjson.js';
import { jsonWriter } from '../formats/json.js';
import { formatPretty } from '../formats/pretty.js';
import { EXIT, type Io } from '../io.js';
import { createProgress } from '../progress.js';
import { colorFor, oneLine } from '../terminal.js';
import { UsageError } from '../usage.js';

export type OutputFormat = 'pretty' | 'json' | 'ndjson';

export interface ExtractOptions {
  format?: OutputFormat;
  referenceDate?: string;
  timeout: number;
  maxBytes: number;
  header: string[];
  color: boolean;
  quiet: boolean;
  verbose: boolean;
}

export async function runExtract(inputs: string[], options: ExtractOptions, io: Io): Promise<number> {
  const sources = inputs.length > 0 ? inputs : io.stdin.isTTY ? [] : ['-'];
  if (sources.length === 0) {
    throw new UsageError('no input: name files, URLs or "-", or pipe an article into standard input');
  }
  if (sources.filter((s) => s === '-').length > 1) throw new UsageError('standard input ("-") can be read only once');
  const format: OutputFormat = options.format ?? (io.stdout.isTTY ? 'pretty' : 'ndjson');
  const out = colorFor(io.stdout, io.env, options.color);
  const err = colorFor(io.stderr, io.env, options.color);
  const json = jsonWriter(sources.length);
  const write = (text: string) => {
    if (text) io.stdout.write(text);
  };
  const render = (record: OutputRecord, index: number): string =>
    format === 'ndjson' ? formatNdjson(record) : format === 'json' ? json.record(record, index) : formatPretty(record, out);

  const pipelineOptions = {
    referenceDate: options.referenceDate ?? null,
    timeoutMs: options.timeout,
    maxBytes: options.maxBytes,
    maxRedirects: 5,
    headers: parseHeaders(options.header),
    readStdin: () => readStreamFully(io.stdin, options.maxBytes),
  };
  const progress = createProgress(io.stderr, options.quiet ? 0 : sources.length, err);
  const started = Date.now();
  const errorsByCode = new Map<string, number>();
  if (format === 'json') write(json.open());
  for (const [index, source] of sources.entries()) {
    const t0 = Date.now();
    const record = await processSource(source, pipelineOptions);
    if (isErrorRecord(record)) {
      errorsByCode.set(record.error.code, (errorsByCode.get(record.error.code) ?? 0) + 1);
      if (!options.quiet) {
        progress.finish();
        io.stderr.write(`${err.red('error')} ${oneLine(source)}: ${record.error.code} ${oneLine(record.error.message)}\n`);
      }
    } else if (options.verbose) {
      progress.finish();
      io.stderr.write(`${err.dim(`${oneLine(source)}: ${Date.now() - t0} ms`)}\n`);
    }
    write(render(record, index));
    progress.update(index + 1, sum(errorsByCode));
  }
  if (format === 'json') write(json.close());
  progress.finish();
  const failed = sum(errorsByCode);
  if ((io.stderr.isTTY || options.verbose) && !options.quiet && sources.length > 1) {
    const codes = [...errorsByCode].map(([code, n]) => `${code} ${n}`).join(', ');
    io.stderr.write(
      `${err.dim(`${sources.length} inputs, ${sources.length - failed} results, ${failed} errors${codes ? ` (${codes})` : ''}, ${((Date.now() - started) / 1000).toFixed(2)} s`)}\n`,
    );
  }
  return failed > 0 ? EXIT.failure : EXIT.ok;
}

function sum(counts: Map<string, number>): number {
  let total = 0;
  for (const n of counts.values()) total += n;
  return total;
}

function parseHeaders(values: string[]): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const value of values) {
    const colon = value.indexOf(':');
    if (colon <= 0) throw new UsageError(`--header takes NAME:VALUE, got "${value}"`);
    headers[value.slice(0, colon).trim().toLowerCase()] = value.slice(colon + 1).trim();
  }
  return headers;
}

export const DEFAULTS = { timeout: 30_000, maxBytes: DEFAULT_MAX_BYTES } as const;
