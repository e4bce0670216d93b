/**
 * What the user named, turned lazily into a stream of jobs, one per input:
 * paths, folders (walked), "-", URLs, input lists (one source a line, read as
 * they are consumed) and feeds (one job per item). Nothing here holds more
 * than one list line, one folder's names per level or one feed at a time.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { InputRef } from '../schema.js';
import { InputError } from './errors.js';
import { isDirectory, walkFolder } from './files.js';
import type { Job } from './job.js';
import { acquire, DEFAULT_MAX_BYTES, decodeText, describeInput, type AcquireOptions } from './read.js';
import { WARC_FILE, warcJobs } from './warc.js';

export interface SourceSpec {
  inputs: string[];
  /** Paths of input lists; "-" reads the list from standard input. */
  inputLists: string[];
  feeds: string[];
  html?: { file: string; url?: string };
}

export interface SourceIo {
  stdin: NodeJS.ReadableStream;
  acquireOptions: AcquireOptions;
}

export async function* expandSources(spec: SourceSpec, io: SourceIo): AsyncGenerator<Job> {
  if (spec.html) yield { input: describeInput(spec.html.file), asUrl: spec.html.url };
  const maxBytes = io.acquireOptions.maxBytes;
  for (const source of spec.inputs) yield* expandSource(source, maxBytes);
  for (const list of spec.inputLists) {
    const seen = new Set<string>();
    for await (const source of readInputList(list === '-' ? io.stdin : createReadStream(list))) {
      if (seen.has(source)) continue;
      seen.add(source);
      yield* expandSource(source, maxBytes);
    }
  }
  for (const feed of spec.feeds) yield* feedJobs(feed, io.acquireOptions);
}

/** A path, "-" or URL: a folder becomes its files, a WARC file its pages; an empty folder, one error. */
export async function* expandSource(source: string, maxBytes = DEFAULT_MAX_BYTES): AsyncGenerator<Job> {
  const input = describeInput(source);
  if (input.kind !== 'file' || !(await isDirectory(source))) {
    if (input.kind === 'file' && WARC_FILE.test(source)) yield* warcJobs(source, maxBytes);
    else yield { input };
    return;
  }
  let found = false;
  for await (const path of walkFolder(source)) {
    found = true;
    if (WARC_FILE.test(path)) yield* warcJobs(path, maxBytes);
    else yield { input: describeInput(path) };
  }
  if (!found) yield { input, error: new InputError('EISDIR', `no .html, .htm, .txt or .warc files (or .gz of them) in folder ${source}`) };
}

/** Lines of an input list: trimmed, blank lines and # comments skipped. */
export async function* readInputList(stream: NodeJS.ReadableStream): AsyncGenerator<string> {
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  for await (const line of lines) {
    const source = line.trim();
    if (source.length === 0 || source.startsWith('#')) continue;
    yield source;
  }
}

async function* feedJobs(source: string, options: AcquireOptions): AsyncGenerator<Job> {
  // cheerio is loaded only when there is a feed to read: start-up stays light.
  const { itemPage, parseFeed } = await import('./feed.js');
  let items;
  try {
    // --save-html keeps pages, not the feeds that list them.
    const acquired = await acquire(source, { ...options, saveHtmlDir: null, feed: true });
    items = parseFeed(decodeText(acquired.bytes, acquired.contentType), acquired.url ?? source).items;
  } catch (error) {
    yield { input: describeInput(source), error: error instanceof InputError ? error : new InputError('EPARSE', String(error)) };
    return;
  }
  // Every input gives a record: a feed that lists nothing (a broken generator,
  // a filter that matched nothing) must not pass as a successful run.
  if (items.length === 0) {
    yield { input: describeInput(source), error: new InputError('EEMPTY', `the feed ${source} lists no items`) };
    return;
  }
  for (const [index, item] of items.entries()) {
    const link = item.ref.itemLink;
    const input: InputRef = link ? { source: link, kind: 'url' } : { source: `${source}#item-${index + 1}`, kind: inputKindOfFeed(source) };
    if (item.content) yield { input, feed: item.ref, bytes: itemPage(item), contentType: 'text/html; charset=utf-8', asUrl: link ?? undefined };
    else if (link) yield { input, feed: item.ref };
    else yield { input, feed: item.ref, error: new InputError('EPARSE', `feed item ${index + 1} of ${source} has neither a link nor the article`) };
  }
}

function inputKindOfFeed(source: string): InputRef['kind'] {
  return describeInput(source).kind;
}
