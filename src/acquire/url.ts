/**
 * Fetching one URL with Node's own fetch: a time limit per attempt, a size
 * limit enforced on the decoded body while it streams (so a gzip bomb stops at
 * the limit), only http(s) redirects followed and only so many, and retries
 * with backoff for the failures that are worth retrying (429, 503, refused or
 * reset connections), honouring Retry-After up to a cap.
 */
import { InputError } from './errors.js';
import type { RequestLimiter } from './limiter.js';

export interface FetchOptions {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  headers: Record<string, string>;
  /** Extra attempts after a retryable failure (default 2). */
  retries?: number;
  /** First backoff delay; doubles each retry (default 500 ms). */
  retryDelayMs?: number;
  /** Longest wait a Retry-After header may ask for (default 30 s). */
  maxRetryAfterMs?: number;
  /** Shared admission control (overall and per-host parallelism). */
  limiter?: RequestLimiter;
}

export const USER_AGENT = 'newsfacts/0.1 (+https://www.npmjs.com/package/newsfacts)';
const ACCEPT = 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,text/plain;q=0.9,*/*;q=0.5';

export interface Fetched {
  bytes: Uint8Array;
  contentType: string | null;
  /** The final URL after redirects. */
  url: string;
}

/** Statuses that say "try again later" rather than "no". */
const RETRYABLE_STATUS = new Set([429, 503]);
/** Connection failures worth another attempt (undici reports them as the cause's code). */
const RETRYABLE_CAUSES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CONNECT_TIMEOUT', 'EAI_AGAIN']);

class Retryable extends Error {
  constructor(
    readonly failure: InputError,
    readonly retryAfterMs: number | null,
  ) {
    super(failure.message);
  }
}

export async function fetchUrl(source: string, options: FetchOptions): Promise<Fetched> {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(source)?.[1]?.toLowerCase();
  if (scheme !== 'http' && scheme !== 'https') {
    const hint = scheme === 'file' ? ': name the file by its path instead' : '';
    throw new InputError('EUNSUPPORTED', `${source}: ${scheme}: URLs are not read, only http(s) ones and file paths${hint}`);
  }
  const retries = options.retries ?? 2;
  const baseDelay = options.retryDelayMs ?? 500;
  const maxRetryAfter = options.maxRetryAfterMs ?? 30_000;
  for (let attempt = 0; ; attempt++) {
    try {
      return await fetchOnce(source, options);
    } catch (error) {
      if (!(error instanceof Retryable)) throw error;
      if (attempt >= retries) throw error.failure;
      const backoff = baseDelay * 2 ** attempt;
      const wait = error.retryAfterMs === null ? backoff : Math.min(Math.max(error.retryAfterMs, 0), maxRetryAfter);
      await sleep(wait);
    }
  }
}

/** One attempt: follows redirects itself so every hop is checked. */
async function fetchOnce(source: string, options: FetchOptions): Promise<Fetched> {
  // The clock starts once the first slot is granted: time spent queued behind
  // other requests to the same host is not this request's fault.
  let signal: AbortSignal | undefined;
  let url = source;
  for (let hop = 0; ; hop++) {
    const host = hostOf(url);
    const release = options.limiter ? await options.limiter.acquire(host) : () => {};
    signal ??= AbortSignal.timeout(options.timeoutMs);
    try {
      const response = await request(url, options, signal);
      if (response.status >= 300 && response.status < 400 && response.headers.has('location')) {
        await response.body?.cancel();
        if (hop >= options.maxRedirects) throw new InputError('EFETCH', `too many redirects (over ${options.maxRedirects}) fetching ${source}`);
        const next = new URL(response.headers.get('location')!, url);
        if (next.protocol !== 'http:' && next.protocol !== 'https:') {
          throw new InputError('EFETCH', `refusing to follow a redirect to ${next.protocol} from ${url}`);
        }
        url = next.href;
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        const failure = new InputError('EHTTP', `HTTP ${response.status} ${response.statusText} fetching ${url}`);
        if (RETRYABLE_STATUS.has(response.status)) throw new Retryable(failure, parseRetryAfter(response.headers.get('retry-after')));
        throw failure;
      }
      const bytes = await readBodyWithLimit(response, options.maxBytes, url);
      return { bytes, contentType: response.headers.get('content-type'), url };
    } catch (error) {
      throw classify(error, url, options.timeoutMs);
    } finally {
      release();
    }
  }
}

async function request(url: string, options: FetchOptions, signal: AbortSignal): Promise<Response> {
  return fetch(url, {
    redirect: 'manual',
    signal,
    headers: { 'user-agent': USER_AGENT, accept: ACCEPT, ...options.headers },
  });
}

/** Turn whatever fetch threw into an InputError (or a Retryable wrapping one). */
function classify(error: unknown, url: string, timeoutMs: number): Error {
  if (error instanceof InputError || error instanceof Retryable) return error;
  const name = (error as Error)?.name;
  if (name === 'TimeoutError' || name === 'AbortError') {
    return new InputError('ETIMEOUT', `timed out after ${timeoutMs} ms fetching ${url}`);
  }
  const cause = (error as { cause?: { code?: string; message?: string; name?: string } })?.cause;
  if (cause?.name === 'TimeoutError' || cause?.name === 'AbortError') {
    return new InputError('ETIMEOUT', `timed out after ${timeoutMs} ms fetching ${url}`);
  }
  const failure = new InputError('EFETCH', `cannot fetch ${url}: ${cause?.code ?? cause?.message ?? (error as Error)?.message}`);
  return cause?.code && RETRYABLE_CAUSES.has(cause.code) ? new Retryable(failure, null) : failure;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return url;
  }
}

/** Retry-After is either delay-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | null {
  if (value === null) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Read the body, counting decoded bytes: fetch undoes gzip/deflate/br before
 * we see a chunk, so the limit is on what we would hold in memory.
 */
async function readBodyWithLimit(response: Response, maxBytes: number, url: string): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  if (!response.headers.has('content-encoding') && Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    throw new InputError('ETOOLARGE', `${url} declares ${declared} bytes, over the limit of ${maxBytes}`);
  }
  if (!response.body) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel();
      throw new InputError('ETOOLARGE', `${url} is over the limit of ${maxBytes} bytes (decoded)`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
