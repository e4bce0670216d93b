/**
 * Fetching one URL with Node's own fetch: a timeout, a size limit enforced
 * while streaming the body, and only http(s) ever followed.
 */
import { InputError } from './errors.js';

export interface FetchOptions {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  headers: Record<string, string>;
}

export const USER_AGENT = 'newsfacts/0.1 (+https://www.npmjs.com/package/newsfacts)';

export interface Fetched {
  bytes: Uint8Array;
  contentType: string | null;
  url: string;
}

export async function fetchUrl(source: string, options: FetchOptions): Promise<Fetched> {
  const signal = AbortSignal.timeout(options.timeoutMs);
  let url = source;
  try {
    for (let hop = 0; ; hop++) {
      const response = await fetch(url, {
        redirect: 'manual',
        signal,
        headers: { 'user-agent': USER_AGENT, accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5', ...options.headers },
      });
      if (response.status >= 300 && response.status < 400 && response.headers.has('location')) {
        await response.body?.cancel();
        if (hop >= options.maxRedirects) throw new InputError('EFETCH', `too many redirects fetching ${source}`);
        const next = new URL(response.headers.get('location')!, url);
        if (next.protocol !== 'http:' && next.protocol !== 'https:') {
          throw new InputError('EFETCH', `refusing to follow a redirect to ${next.protocol} from ${url}`);
        }
        url = next.href;
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new InputError('EHTTP', `HTTP ${response.status} ${response.statusText} fetching ${url}`);
      }
      const bytes = await readBodyWithLimit(response, options.maxBytes, url);
      return { bytes, contentType: response.headers.get('content-type'), url };
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    const name = (error as Error)?.name;
    if (name === 'TimeoutError' || name === 'AbortError') {
      throw new InputError('ETIMEOUT', `timed out after ${options.timeoutMs} ms fetching ${url}`);
    }
    const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
    throw new InputError('EFETCH', `cannot fetch ${url}: ${cause?.code ?? cause?.message ?? (error as Error)?.message}`);
  }
}

async function readBodyWithLimit(response: Response, maxBytes: number, url: string): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    throw new InputError('ETOOLARGE', `${url} declares ${declared} bytes, over the limit of ${maxBytes}`);
  }
  if (!response.body) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    total += chunk.length;
    if (total > maxBytes) {
      throw new InputError('ETOOLARGE', `${url} is over the limit of ${maxBytes} bytes`);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
