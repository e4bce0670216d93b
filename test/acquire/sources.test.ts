import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { readLocalFile, readLocalFileSync, walkFolder } from '../../src/acquire/files.js';
import { expandSource, expandSources, readInputList, type Job } from '../../src/acquire/sources.js';
import type { AcquireOptions } from '../../src/acquire/index.js';

function folder(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), 'newsfacts-walk-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

const NO_FETCH = {} as AcquireOptions;

describe('walkFolder', () => {
  it('finds .html, .htm, .txt and their .gz, recursively, in code-point order, skipping hidden and other files', async () => {
    const root = folder({
      'b.txt': 'b',
      'A.html': 'a',
      'sub/c.htm': 'c',
      'sub/deeper/d.txt.gz': gzipSync('d'),
      'a.html': 'a',
      'notes.md': 'no',
      'image.png': 'no',
      '.hidden/e.html': 'no',
    });
    const found = (await collect(walkFolder(root))).map((p) => p.slice(root.length + 1));
    expect(found).toEqual(['A.html', 'a.html', 'b.txt', 'sub/c.htm', 'sub/deeper/d.txt.gz']);
  });
});

describe('readLocalFile', () => {
  it('gunzips .gz files and keeps the size limit on the unpacked bytes', async () => {
    const root = folder({ 'story.txt.gz': gzipSync('The ferry sailed at dawn.'), 'bomb.txt.gz': gzipSync('z'.repeat(100_000)) });
    expect(new TextDecoder().decode(await readLocalFile(join(root, 'story.txt.gz'), 1000))).toBe('The ferry sailed at dawn.');
    await expect(readLocalFile(join(root, 'bomb.txt.gz'), 1000)).rejects.toMatchObject({ code: 'ETOOLARGE' });
  });

  it('reads the same bytes and fails with the same codes and messages when blocking (readLocalFileSync, for workers)', async () => {
    const root = folder({
      'story.txt': 'The ferry sailed at dawn.',
      'story.txt.gz': gzipSync('The ferry sailed at dawn.'),
      'bomb.txt.gz': gzipSync('z'.repeat(100_000)),
      'broken.txt.gz': 'not gzip at all',
      'big.html': 'x'.repeat(2000),
      'sub/inner.txt': 'inside',
    });
    const outcome = (read: () => Uint8Array) => {
      try {
        return { text: new TextDecoder().decode(read()) };
      } catch (error) {
        return { code: (error as { code?: string }).code, message: (error as Error).message };
      }
    };
    const outcomeAsync = async (read: () => Promise<Uint8Array>) => {
      try {
        return { text: new TextDecoder().decode(await read()) };
      } catch (error) {
        return { code: (error as { code?: string }).code, message: (error as Error).message };
      }
    };
    const names = ['story.txt', 'story.txt.gz', 'bomb.txt.gz', 'broken.txt.gz', 'big.html', 'sub', 'missing.html'];
    const sync = names.map((name) => outcome(() => readLocalFileSync(join(root, name), 1000)));
    const async_ = await Promise.all(names.map((name) => outcomeAsync(() => readLocalFile(join(root, name), 1000))));
    expect(sync).toEqual(async_);
    expect(sync.map((o) => ('code' in o ? o.code : o.text))).toEqual([
      'The ferry sailed at dawn.', 'The ferry sailed at dawn.', 'ETOOLARGE', 'EREAD', 'ETOOLARGE', 'EISDIR', 'ENOENT',
    ]);
  });
});

describe('input lists', () => {
  it('skips blank lines and # comments and trims each line', async () => {
    const lines = await collect(readInputList(Readable.from(['# my list\n', '  a.html  \n', '\n', 'https://x.example/1\r\n', '#b.html\n', 'c.txt'])));
    expect(lines).toEqual(['a.html', 'https://x.example/1', 'c.txt']);
  });

  it('expands folders inside a list and drops duplicate lines', async () => {
    const root = folder({ 'one.txt': '1', 'two/two.txt': '2' });
    const list = Readable.from([`${root}\n`, `${join(root, 'one.txt')}\n`, `${root}\n`, 'https://x.example/p\n']);
    const jobs: Job[] = await collect(expandSources({ inputs: [], inputLists: ['-'], feeds: [] }, { stdin: list, acquireOptions: NO_FETCH }));
    expect(jobs.map((j) => j.input)).toEqual([
      { source: join(root, 'one.txt'), kind: 'file' },
      { source: join(root, 'two/two.txt'), kind: 'file' },
      { source: join(root, 'one.txt'), kind: 'file' },
      { source: 'https://x.example/p', kind: 'url' },
    ]);
  });

  it('gives an empty folder one EISDIR job rather than silence', async () => {
    const root = folder({ 'readme.md': 'x' });
    const [job, ...rest] = await collect(expandSource(root));
    expect(rest).toEqual([]);
    expect(job!.error?.code).toBe('EISDIR');
  });
});
