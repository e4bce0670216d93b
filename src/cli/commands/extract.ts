/**
 * `newsfacts extract`: inputs in, one record per input out. Inputs are read
 * lazily (folders, input lists, feeds), acquired with bounded parallelism,
 * extracted in worker threads, and streamed to stdout as each finishes, in
 * input order unless --unordered.
 */
import { once } from 'node:events';
import { access, mkdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import {
  acquireJob,
  DEFAULT_MAX_BYTES,
  describeFailure,
  expandSources,
  isDirectory,
  isLocalFileJob,
  readStreamFully,
  RequestLimiter,
  type AcquireOptions,
  type Job,
  type SourceSpec,
} from '../../acquire/index.js';
import type { OutputRecord } from '../../schema.js';
import { inProcessExtractor, WorkerPool, type Extractor } from '../../runner/pool.js';
import { streamJobs } from '../../runner/stream.js';
import { errorDone, type Done } from '../../runner/task.js';
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
  const format: OutputFormat = options.format ?? (io.stdout.isTTY ? 'pretty' : 'ndjson');
  const out = colorFor(io.stdout, io.env, options.color);
  const err = colorFor(io.stderr, io.env, options.color);
  if (options.saveHtml) await mkdir(options.saveHtml, { recursive: true });

  const acquireOptions: AcquireOptions = {
    timeoutMs: options.timeout,
    maxBytes: options.maxBytes,
    maxRedirects: 5,
    headers: parseHeaders(options.header),
    retries: options.retries,
    limiter: new RequestLimiter(options.requests, PER_HOST_REQUESTS),
    readStdin: () => readStreamFully(io.stdin, options.maxBytes),
    saveHtmlDir: options.saveHtml ?? null,
  };
  const referenceDate = options.referenceDate ?? null;
  const extractor: Extractor =
    options.jobs <= 1
      ? await inProcessExtractor()
      : new WorkerPool({ size: options.jobs, timeoutMs: options.extractTimeout, maxHeapMb: 1024 });

  const single = await isSingleInput(spec);
  const json = jsonWriter(single ? 1 : 2);
  const render = (done: Done, position: number): string => {
    if (format === 'ndjson') return `${done.json}\n`;
    const record = JSON.parse(done.json) as OutputRecord;
    return format === 'json' ? json.record(record, position) : formatPretty(record, out);
  };
  const write = async (text: string) => {
    if (text && !io.stdout.write(text)) await once(io.stdout, 'drain');
  };

  const knownTotal = spec.inputLists.length === 0 && spec.feeds.length === 0 && !(await anyFolder(spec)) ? countOf(spec) : Infinity;
  const progress = createProgress(io.stderr, options.quiet ? 0 : knownTotal, err);
  const errorsByCode = new Map<string, number>();
  let found = 0;
  let emitted = 0;

  async function work(job: Job): Promise<Finished> {
    const t0 = performance.now();
    try {
      // Workers read local files themselves; the main thread only hands out their paths.
      const acquired = extractor.readsFiles && isLocalFileJob(job) ? null : await acquireJob(job, acquireOptions);
      const acquireMs = performance.now() - t0;
      const done = await extractor.run({
        input: job.input,
        feed: job.feed,
        bytes: acquired?.bytes ?? null,
        maxBytes: acquireOptions.maxBytes,
        contentType: acquired?.contentType ?? null,
        url: acquired ? acquired.url : job.asUrl ?? null,
        referenceDate,
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
    } else if (options.verbose) {
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

  if (format === 'json') await write(json.open());
  try {
    await streamJobs(counted(expandSources(spec, { stdin: io.stdin, acquireOptions })), work, emit, {
      window: 2 * Math.max(1, options.jobs) + options.requests,
      ordered: !options.unordered,
    });
  } finally {
    await extractor.close();
  }
  if (format === 'json') await write(json.close());
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
  return failed > 0 ? EXIT.failure : EXIT.ok;
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

/** One named file, URL or "-": json prints one object instead of an array. */
async function isSingleInput(spec: SourceSpec): Promise<boolean> {
  return spec.inputLists.length === 0 && spec.feeds.length === 0 && countOf(spec) === 1 && !(await anyFolder(spec));
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
