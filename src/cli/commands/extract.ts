/**
 * `newsfacts extract`: inputs in, one record per input out. Inputs are read
 * lazily (folders, input lists, feeds), acquired with bounded parallelism,
 * extracted in worker threads, and streamed to stdout as each finishes, in
 * input order unless --unordered.
 */
import { access, mkdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import {
  acquireJob,
  DEFAULT_MAX_BYTES,
  describeFailure,
  expandSources,
  InputError,
  isBlank,
  isDirectory,
  isLocalFileJob,
  readStreamFully,
  RequestLimiter,
  type AcquireOptions,
  type Job,
  type SourceSpec,
} from '../../acquire/index.js';
import type { OutputRecord } from '../../schema.js';
import type { RecordPart, RecordShape } from '../../serialize.js';
import { WorkerPool, type Extractor } from '../../runner/pool.js';
import { streamJobs } from '../../runner/stream.js';
import { errorDone, type Done } from '../../runner/task.js';
import { jsonWriter } from '../formats/json.js';
import { formatPretty } from '../formats/pretty.js';
import { EXIT, type Io } from '../io.js';
import { openOutput } from '../output.js';
import { createProgress } from '../progress.js';
import { colorFor, oneLine } from '../terminal.js';
import { UsageError } from '../usage.js';

export type OutputFormat = 'pretty' | 'json' | 'ndjson';

export interface ExtractOptions {
  format?: OutputFormat;
  referenceDate?: string;
  indirect?: boolean;
  timeout: number;
  maxBytes: number;
  header: string[];
  inputList: string[];
  feed: string[];
  html?: string;
  url?: string;
  saveHtml?: string;
  jobs: number;
  unordered: boolean;
  extractTimeout: number;
  requests: number;
  retries: number;
  color: boolean;
  quiet: boolean;
  verbose: boolean;
  strict: boolean;
  output?: string;
  only?: RecordPart[];
  /** false with --no-text. */
  text: boolean;
}

export const DEFAULTS = {
  timeout: 30_000,
  maxBytes: DEFAULT_MAX_BYTES,
  jobs: availableParallelism(),
  extractTimeout: 60_000,
  requests: 8,
  retries: 2,
} as const;

/** Requests to any one host at once, whatever --requests says: be polite. */
const PER_HOST_REQUESTS = 2;

interface Finished {
  done: Done;
  source: string;
  acquireMs: number;
}

export async function runExtract(inputs: string[], options: ExtractOptions, io: Io): Promise<number> {
  const spec = await sourceSpec(inputs, options, io);
  const readStdin = await stdinReader(inputs, options, io);
  if (options.saveHtml) await saveFolder(options.saveHtml);
  const output = await openOutput(options.output, io);
  const format: OutputFormat = options.format ?? (output.stream.isTTY ? 'pretty' : 'ndjson');
  const out = colorFor(output.stream, io.env, options.color);
  const err = colorFor(io.stderr, io.env, options.color);
  // The pretty summary reads whole records; --only and --no-text shape what json and ndjson print.
  const shape: RecordShape | undefined = format === 'pretty' ? undefined : { only: options.only ?? null, text: options.text };

  const acquireOptions: AcquireOptions = {
    timeoutMs: options.timeout,
    maxBytes: options.maxBytes,
    maxRedirects: 5,
    headers: parseHeaders(options.header),
    retries: options.retries,
    limiter: new RequestLimiter(options.requests, PER_HOST_REQUESTS),
    readStdin,
    saveHtmlDir: options.saveHtml ?? null,
  };
  const referenceDate = options.referenceDate ?? null;
  // Even --jobs 1 extracts in a worker thread: only a worker can be stopped when
  // an input runs past --extract-timeout (the main thread cannot interrupt itself).
  const extractor: Extractor = new WorkerPool({ size: Math.max(1, options.jobs), timeoutMs: options.extractTimeout, maxHeapMb: 1024 });

  const json = jsonWriter();
  const render = (done: Done, position: number): string => {
    if (format === 'ndjson') return `${done.json}\n`;
    const record = JSON.parse(done.json) as OutputRecord;
    return format === 'json' ? json.record(record, position) : formatPretty(record, out);
  };
  const write = (text: string) => output.write(text);

  const knownTotal = spec.inputLists.length === 0 && spec.feeds.length === 0 && !(await anyFolder(spec)) ? countOf(spec) : Infinity;
  const progress = createProgress(io.stderr, options.quiet ? 0 : knownTotal, err);
  const errorsByCode = new Map<string, number>();
  let warned = 0;
  let found = 0;
  let emitted = 0;

  async function work(job: Job): Promise<Finished> {
    const t0 = performance.now();
    try {
      // Workers read local files themselves; the main thread only hands out their paths.
      const acquired = extractor.readsFiles && isLocalFileJob(job) ? null : await acquireJob(job, acquireOptions);
      const acquireMs = performance.now() - t0;
      const done = await extractor.run({
        // A fetched URL input names where its bytes really came from (after redirects).
        input: job.input.kind === 'url' && acquired?.url ? { ...job.input, url: acquired.url } : job.input,
        feed: job.feed,
        bytes: acquired?.bytes ?? null,
        maxBytes: acquireOptions.maxBytes,
        contentType: acquired?.contentType ?? null,
        url: acquired ? acquired.url : job.asUrl ?? null,
        // A WARC record's crawl day beats the command line's fallback: it is this page's own.
        referenceDate: job.referenceDate ?? referenceDate,
        shape,
        indirect: options.indirect === true,
      });
      return { done, source: job.input.source, acquireMs: acquireMs + done.readMs };
    } catch (error) {
      const { code, message } = describeFailure(error);
      return { done: errorDone(job.input, job.feed, code, message), source: job.input.source, acquireMs: performance.now() - t0 };
    }
  }

  async function emit({ done, source, acquireMs }: Finished, position: number): Promise<void> {
    emitted++;
    if (done.error) {
      errorsByCode.set(done.error.code, (errorsByCode.get(done.error.code) ?? 0) + 1);
      if (!options.quiet) {
        progress.finish();
        io.stderr.write(`${err.red('error')} ${oneLine(source)}: ${done.error.code} ${oneLine(done.error.message)}\n`);
      }
    } else if (done.warnings.length > 0) {
      warned++;
      // Under --strict a warning fails the run, so it is said why; --verbose says it too.
      if ((options.strict || options.verbose) && !options.quiet) {
        progress.finish();
        io.stderr.write(`${err.yellow('warning')} ${oneLine(source)}: ${done.warnings.join(', ')}\n`);
      }
    }
    if (!done.error && options.verbose) {
      progress.finish();
      io.stderr.write(`${err.dim(`${oneLine(source)}: read ${acquireMs.toFixed(0)} ms, extract ${done.extractMs.toFixed(0)} ms`)}\n`);
    }
    await write(render(done, position));
    progress.update(emitted, sum(errorsByCode), Number.isFinite(knownTotal) ? undefined : found);
  }

  async function* counted(jobs: AsyncIterable<Job>): AsyncGenerator<Job> {
    for await (const job of jobs) {
      found++;
      yield job;
    }
  }

  // SIGINT or SIGTERM: what was printed is closed (the json array gets its
  // ']'), a -o file is dropped, and the exit code says which signal (128 + n).
  const interrupt = (signal: NodeJS.Signals) => {
    if (output.toFile) output.abandonNow();
    else if (format === 'json') io.stdout.write(json.close(emitted));
    progress.finish();
    if (!options.quiet) io.stderr.write(`newsfacts: interrupted (${signal}) after ${emitted} records\n`);
    process.exit(signal === 'SIGINT' ? EXIT.interrupted : EXIT.terminated);
  };
  process.on('SIGINT', interrupt);
  process.on('SIGTERM', interrupt);
  try {
    if (format === 'json') await write(json.open());
    await streamJobs(counted(expandSources(spec, { stdin: io.stdin, acquireOptions })), work, emit, {
      window: 2 * Math.max(1, options.jobs) + options.requests,
      ordered: !options.unordered,
    });
    if (format === 'json') await write(json.close(emitted));
    await output.commit();
  } catch (error) {
    await output.abandon();
    throw error;
  } finally {
    process.off('SIGINT', interrupt);
    process.off('SIGTERM', interrupt);
    await extractor.close();
  }
  progress.finish();

  const failed = sum(errorsByCode);
  if ((io.stderr.isTTY || options.verbose) && !options.quiet && (emitted > 1 || options.verbose)) {
    const codes = [...errorsByCode].map(([code, n]) => `${code} ${n}`).join(', ');
    const seconds = performance.now() / 1000; // since the process started, start-up included
    const rss = process.resourceUsage().maxRSS / 1024;
    const { user, system } = process.cpuUsage(); // all threads, workers included
    io.stderr.write(
      `${err.dim(
        `${emitted} inputs, ${emitted - failed} results, ${failed} errors${codes ? ` (${codes})` : ''}, ` +
          `${seconds.toFixed(2)} s (cpu ${((user + system) / 1e6).toFixed(2)} s), ${(emitted / Math.max(seconds, 0.001)).toFixed(1)} inputs/s, peak RSS ${rss.toFixed(0)} MB`,
      )}\n`,
    );
  }
  return failed > 0 || (options.strict && warned > 0) ? EXIT.failure : EXIT.ok;
}

/**
 * How standard input is read. When it is read only because nothing was named
 * (a cron line or CI step with a missing argument, `</dev/null`), it is read
 * now: empty means the command was given no input at all, a usage error.
 */
async function stdinReader(inputs: string[], options: ExtractOptions, io: Io): Promise<() => Promise<Uint8Array>> {
  const read = () => readStreamFully(io.stdin, options.maxBytes);
  const named = inputs.length + options.inputList.length + options.feed.length + (options.html ? 1 : 0);
  if (named > 0) return read;
  let bytes: Uint8Array;
  try {
    bytes = await read();
  } catch (error) {
    if (error instanceof InputError) return () => Promise.reject(error);
    throw error;
  }
  if (isBlank(bytes)) throw new UsageError('no input: standard input is empty; name files, folders, URLs or "-", use --input-list or --feed, or pipe an article in');
  return async () => bytes;
}

/** --save-html DIR: made when missing; an existing file there is a usage error, not a crash. */
async function saveFolder(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' || code === 'ENOTDIR') throw new UsageError(`--save-html takes a folder, and ${dir} is a file (or under one)`);
    throw new UsageError(`--save-html: cannot make the folder ${dir}: ${(error as Error).message}`);
  }
}

/** Check the command line before reading anything: usage errors exit 2 with no output. */
async function sourceSpec(inputs: string[], options: ExtractOptions, io: Io): Promise<SourceSpec> {
  if (options.url !== undefined && options.html === undefined) throw new UsageError('--url goes with --html FILE (the saved page it describes)');
  if (options.url !== undefined && !/^https?:\/\//i.test(options.url)) throw new UsageError(`--url takes an http(s) URL, got "${options.url}"`);
  const named = inputs.length + options.inputList.length + options.feed.length + (options.html ? 1 : 0);
  const positional = named > 0 ? inputs : io.stdin.isTTY ? [] : ['-'];
  if (named === 0 && positional.length === 0) {
    throw new UsageError('no input: name files, folders, URLs or "-", use --input-list or --feed, or pipe an article into standard input');
  }
  const stdinUses = positional.filter((s) => s === '-').length + options.inputList.filter((s) => s === '-').length;
  if (stdinUses > 1) throw new UsageError('standard input ("-") can be read only once');
  for (const list of options.inputList) {
    if (list === '-') continue;
    try {
      await access(list);
    } catch {
      throw new UsageError(`cannot read the input list ${list}`);
    }
  }
  return {
    inputs: positional,
    inputLists: options.inputList,
    feeds: options.feed,
    html: options.html !== undefined ? { file: options.html, url: options.url } : undefined,
  };
}

function countOf(spec: SourceSpec): number {
  return spec.inputs.length + (spec.html ? 1 : 0);
}

async function anyFolder(spec: SourceSpec): Promise<boolean> {
  for (const source of spec.inputs) if (await isDirectory(source)) return true;
  return false;
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
